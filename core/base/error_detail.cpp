#include "core/base/error_detail.h"

#include <cerrno>
#include <cstring>

#include "core/base/errors.h"

namespace hd {

namespace {
struct KnownErrno {
    int err;
    const char* key;
    const char* english;
};
// The errors a user can do something about; the rest are named by the system's text alone.
const KnownErrno kKnown[] = {
    {ENOSPC, "os.err.disk_full", "the disk is full"},
    {EDQUOT, "os.err.quota", "the disk quota is used up"},
    {EACCES, "os.err.denied", "permission denied"},
    {EPERM, "os.err.denied", "permission denied"},
    {EROFS, "os.err.read_only", "the disk or folder is read-only"},
    {ENOENT, "os.err.not_found", "the file or folder does not exist"},
    {ENOTDIR, "os.err.not_found", "the file or folder does not exist"},
    {EISDIR, "os.err.is_directory", "it is a folder, not a file"},
    {EIO, "os.err.io", "the disk could not be read or written"},
    {ENAMETOOLONG, "os.err.name_too_long", "the name is too long"},
    {EMFILE, "os.err.too_many_files", "too many files are open"},
    {EBUSY, "os.err.busy", "the file is in use"},
};

std::string SystemText(int err) {
    const char* s = std::strerror(err);
    return s ? s : "error " + std::to_string(err);
}
} // namespace

std::string OsErrorArg(int err) {
    for (const KnownErrno& k : kKnown)
        if (k.err == err) return TrArg(k.key, {SystemText(err)});
    return TrArg("os.err.other", {SystemText(err)});
}

std::string OsErrorArg(const std::error_code& ec) {
    if (ec.category() == std::generic_category() || ec.category() == std::system_category()) return OsErrorArg(ec.value());
    return TrArg("os.err.other", {ec.message()});
}

std::string OsErrorEnglish(int err) {
    for (const KnownErrno& k : kKnown)
        if (k.err == err) return std::string(k.english) + " (" + SystemText(err) + ")";
    return "system error (" + SystemText(err) + ")";
}

namespace {
std::string Tenths(uint64_t tenths) {
    return std::to_string(tenths / 10) + (tenths % 10 ? "." + std::to_string(tenths % 10) : "");
}
constexpr uint64_t kMiB = 1024 * 1024;
} // namespace

std::string MegabytesRoundedUp(uint64_t bytes) {
    return Tenths((bytes * 10 + kMiB - 1) / kMiB);
}

std::string MegabytesRoundedDown(uint64_t bytes) { return Tenths(bytes * 10 / kMiB); }

} // namespace hd
