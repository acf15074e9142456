import { DATADOG_MONITOR_PAGING, ilertPaging, readAllPages } from "../../../cli/adopt/paging";

/** A list of `total` items `{ id }` served `size` at a time however many are asked (as an API clamping its pages would). */
function serve(total: number, size: number) {
  const asked: Record<string, number>[] = [];
  const fetchPage = async (query: Record<string, number>) => {
    asked.push(query);
    const start = query["start-index"] ?? query.page * query.page_size;
    return Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, i) => ({ id: start + i }));
  };
  return { asked, fetchPage };
}

const id = (item: { id: number }) => String(item.id);

describe("readAllPages", () => {
  test("iLert: start-index by the items read, max-results the list's size, until an empty page", async () => {
    const { asked, fetchPage } = serve(120, 50);
    const lines: string[] = [];
    const items = await readAllPages("iLert users", ilertPaging(50), fetchPage, id, (l) => lines.push(l));
    expect(items).toHaveLength(120);
    expect(asked).toEqual([0, 50, 100, 120].map((start) => ({ "start-index": start, "max-results": 50 })));
    expect(lines).toEqual(["iLert users: 50 so far", "iLert users: 100 so far", "iLert users: 120 so far"]);
  });

  test("an API answering fewer than asked on a page that is not the last: reading goes on (UNCERTAIN, so never stopped at a short page)", async () => {
    const { asked, fetchPage } = serve(45, 20);
    expect(await readAllPages("iLert users", ilertPaging(100), fetchPage, id, () => undefined)).toHaveLength(45);
    expect(asked.map((q) => q["start-index"])).toEqual([0, 20, 40, 45]);
  });

  test("Datadog monitors: page and page_size", async () => {
    const { asked, fetchPage } = serve(150, 100);
    expect(await readAllPages("Datadog monitors", DATADOG_MONITOR_PAGING, fetchPage, id, () => undefined)).toHaveLength(150);
    expect(asked).toEqual([0, 1, 2].map((page) => ({ page, page_size: 100 })));
  });

  test("an API that ignores the paging answers the same page again: reading stops", async () => {
    const same = async () => [{ id: 1 }, { id: 2 }];
    expect(await readAllPages("x", ilertPaging(2), same, id, () => undefined)).toEqual([{ id: 1 }, { id: 2 }]);
  });

  test("a page that is not a list is one line", async () => {
    await expect(
      readAllPages(
        "iLert teams",
        ilertPaging(2),
        async () => ({ error: 1 }),
        id,
        () => undefined,
      ),
    ).rejects.toThrow("iLert teams: the API answered a page of the list with something other than a list (object)");
  });
});
