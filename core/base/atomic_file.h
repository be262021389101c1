// Writing a file so that a crash, a kill or a full disk never leaves a half-written file under its
// final name: write a temporary file next to it, fsync, rename over the target.
#pragma once
#include <string>
#include <string_view>

namespace hd {

// Writes `bytes` to `path` atomically. Devices and pipes (/dev/null, a FIFO) are written in place,
// a symbolic link keeps pointing where it did and the file it points to is replaced. Temporaries
// left next to `path` by a process that died mid-write are removed first. Throws UserError
// (export.err_write) naming the path and the reason; on failure nothing is left behind.
void WriteFileAtomically(const std::string& path, std::string_view bytes);

// The temporary name this process writes `path` through: "<path>.tmp-<pid>".
std::string AtomicTemporaryName(const std::string& path);

// Removes "<path>.tmp-<pid>" files whose process no longer exists (a write killed before its
// rename). Temporaries of live processes, which may be writing right now, are left alone.
// Returns how many were removed; never throws.
int RemoveStaleTemporaries(const std::string& path);

} // namespace hd
