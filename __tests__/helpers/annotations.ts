import { AnnotationMetadataEntryType } from "cdktf";
import { IConstruct } from "constructs";

/** The error annotations recorded on a construct (Testing.synth does not fail on them). */
export function errors(construct: IConstruct): unknown[] {
  return construct.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.ERROR).map((m) => m.data);
}

/** The warning annotations recorded on a construct. */
export function warnings(construct: IConstruct): unknown[] {
  return construct.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => m.data);
}
