// [SECTION] index: temporaries / writing in place / atomic write
#include "core/base/atomic_file.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fcntl.h>
#include <system_error>
#include <unistd.h>

#include "core/base/error_detail.h"
#include "core/base/errors.h"

namespace hd {

// [SECTION] Temporaries
std::string AtomicTemporaryName(const std::string& path) {
    return path + ".tmp-" + std::to_string(::getpid());
}

int RemoveStaleTemporaries(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path target(path);
    fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string prefix = target.filename().string() + ".tmp-";
    int removed = 0;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
        std::string digits = name.substr(prefix.size());
        if (digits.find_first_not_of("0123456789") != std::string::npos || digits.size() > 9) continue;
        pid_t pid = static_cast<pid_t>(std::stol(digits));
        // ESRCH: no such process. EPERM means it exists but belongs to someone else: leave it.
        if (pid <= 0 || pid == ::getpid() || ::kill(pid, 0) == 0 || errno != ESRCH) continue;
        std::error_code rm;
        if (it->is_regular_file(rm) && fs::remove(it->path(), rm)) ++removed;
    }
    return removed;
}

// [SECTION] Writing in place
namespace {
// Devices and pipes (/dev/stdout, /dev/null, a FIFO) are written in place: renaming a file over
// them would replace the device node itself.
void WriteInPlace(const std::string& path, std::string_view bytes) {
    int fd = ::open(path.c_str(), O_WRONLY);
    int err = errno;
    size_t off = 0;
    while (fd >= 0 && off < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + off, bytes.size() - off);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            err = errno;
            ::close(fd);
            fd = -1;
            break;
        }
        off += static_cast<size_t>(n);
    }
    if (fd < 0 || ::close(fd) != 0)
        throw UserError("export.err_write", "Could not write " + path + ": " + OsErrorEnglish(err),
                        {path, OsErrorArg(err)});
}
} // namespace

// [SECTION] Atomic write
void WriteFileAtomically(const std::string& given_path, std::string_view bytes) {
    std::error_code ec;
    std::filesystem::file_status status = std::filesystem::status(given_path, ec);
    if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
        if (std::filesystem::is_directory(status))
            throw UserError("export.err_write", "Could not write " + given_path + ": it is a directory",
                            {given_path, "it is a directory"});
        WriteInPlace(given_path, bytes);
        return;
    }
    // A symbolic link stays a link: the file it points to is replaced.
    std::string path = given_path;
    for (int hops = 0; hops < 8 && std::filesystem::is_symlink(std::filesystem::symlink_status(path, ec)); ++hops) {
        std::filesystem::path target = std::filesystem::read_symlink(path, ec);
        if (ec) break;
        path = (target.is_absolute() ? target : std::filesystem::path(path).parent_path() / target).string();
    }
    RemoveStaleTemporaries(path);
    std::string tmp = AtomicTemporaryName(path);
    auto fail = [&](int err) {
        ::unlink(tmp.c_str());
        throw UserError("export.err_write", "Could not write " + path + ": " + OsErrorEnglish(err),
                        {path, OsErrorArg(err)});
    };
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) fail(errno);
    size_t off = 0;
    while (off < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + off, bytes.size() - off);
        if (n < 0) {
            if (errno == EINTR) continue;
            int err = errno;
            ::close(fd);
            fail(err);
        }
        off += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0) {
        int err = errno;
        ::close(fd);
        fail(err);
    }
    if (::close(fd) != 0) fail(errno);
    if (std::rename(tmp.c_str(), path.c_str()) != 0) fail(errno);
}

} // namespace hd
