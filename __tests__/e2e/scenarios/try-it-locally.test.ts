import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { scratchRoot } from "./try-it-locally";

describe("scratchRoot: where the Try it locally project goes", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "scratch-root-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const mounts = (text: string) => {
    const file = path.join(dir, "mounts");
    fs.writeFileSync(file, text);
    return file;
  };
  // A folder with room (the temporary folder's file system) stands in for /dev/shm.
  const shm = () => fs.mkdtempSync(path.join(dir, "shm-"));

  test("a tmpfs that allows executables and has room", () => {
    const tmpfs = shm();
    expect(scratchRoot(mounts(`/dev/vda / ext4 rw,discard 0 0\ntmpfs ${tmpfs} tmpfs rw,relatime 0 0\n`), tmpfs)).toBe(tmpfs);
  });

  test("else the system's temporary folder: noexec, not a tmpfs, not mounted, no mount table", () => {
    const tmpfs = shm();
    expect(scratchRoot(mounts(`tmpfs ${tmpfs} tmpfs rw,nosuid,noexec 0 0\n`), tmpfs)).toBe(os.tmpdir());
    expect(scratchRoot(mounts(`/dev/vdb ${tmpfs} ext4 rw 0 0\n`), tmpfs)).toBe(os.tmpdir());
    expect(scratchRoot(mounts(`/dev/vda / ext4 rw 0 0\n`), tmpfs)).toBe(os.tmpdir());
    expect(scratchRoot(path.join(dir, "no-such-file"), tmpfs)).toBe(os.tmpdir());
  });
});
