import { Monitors } from "./monitors";

// GET /api/v1/monitor (Monitors.list): unpaged without `page`, else `page_size` (100, at most 1000)
// monitors of page `page`, by id.

const CREATOR = { name: "T", handle: "t@example.com", email: "t@example.com", id: 1 };

function monitors(count: number): Monitors {
  const m = new Monitors(CREATOR);
  for (let i = 0; i < count; i++) {
    m.create({
      name: i % 2 ? `Checkout ${i}` : `Search ${i}`,
      type: "query alert",
      query: "avg(last_5m):avg:x{*} > 1",
      message: "m",
      tags: i % 3 ? [] : ["team:a"],
    });
  }
  return m;
}

const list = (m: Monitors, query: string) => m.list(new URLSearchParams(query)).map((monitor) => monitor.id - 1_000_000);

describe("Monitors.list", () => {
  test("without page: every monitor, by id", () => {
    expect(list(monitors(250), "")).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
  });

  test("page and page_size: 100 by default, the last page short, then empty", () => {
    const m = monitors(250);
    expect(list(m, "page=0")).toHaveLength(100);
    expect(list(m, "page=2&page_size=100")).toEqual(Array.from({ length: 50 }, (_, i) => 201 + i));
    expect(list(m, "page=3&page_size=100")).toEqual([]);
    expect(list(m, "page=1&page_size=7")).toEqual([8, 9, 10, 11, 12, 13, 14]);
  });

  test("filters: id_offset, name (contained, any case), tags", () => {
    const m = monitors(10);
    expect(list(m, "id_offset=1000007")).toEqual([8, 9, 10]);
    expect(list(m, "name=checkout")).toEqual([2, 4, 6, 8, 10]);
    expect(list(m, "monitor_tags=team:a")).toEqual([1, 4, 7, 10]);
  });

  test("refuses a page_size above 1000 and paging values that are not whole numbers", () => {
    expect(() => monitors(1).list(new URLSearchParams("page=0&page_size=1001"))).toThrow("page_size: 1001 is above the maximum of 1000");
    expect(() => monitors(1).list(new URLSearchParams("page=x"))).toThrow('page: "x" is not a whole number');
  });
});
