"""The cdktn rewrite of the example's imports."""
from frameworks import cdktn_source, rename


def test_rename_keeps_other_modules():
    assert rename("cdktf") == "cdktn"
    assert rename("cdktf_cdktf_provider_datadog.monitor") == "cdktn_provider_datadog.monitor"
    assert rename("cdktf_ilert_datadog") == "cdktn_ilert_datadog"
    assert rename("constructs") == "constructs"
    assert rename("cdktfx") == "cdktfx"


def test_cdktn_source_changes_import_statements_only():
    source = (
        'import cdktf  # cdktf\n'
        "from cdktf import App\n"
        "from cdktf_cdktf_provider_datadog.monitor import Monitor\n"
        "from cdktf_ilert_datadog import (\n    User,\n)\n"
        'NAME = "cdktf"  # from cdktf import App\n'
    )
    assert cdktn_source(source) == (
        'import cdktn  # cdktf\n'
        "from cdktn import App\n"
        "from cdktn_provider_datadog.monitor import Monitor\n"
        "from cdktn_ilert_datadog import (\n    User,\n)\n"
        'NAME = "cdktf"  # from cdktf import App\n'
    )
