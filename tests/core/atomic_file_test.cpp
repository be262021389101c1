// Atomic file writing (core/atomic_file.h): the final name holds the old or the new file, and
// temporaries of killed writers are cleared by the next write.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

#include "core/base/atomic_file.h"
#include "core/base/errors.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
std::string ReadAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The pid of a process that has exited and been reaped: nobody runs under it now.
pid_t DeadPid() {
    pid_t pid = ::fork();
    if (pid == 0) ::_exit(0);
    REQUIRE(pid > 0);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return pid;
}
} // namespace

TEST_CASE("atomic writes replace the file and leave no temporary", "[atomic_file]") {
    test::TempDir dir;
    std::string path = dir.File("notulen.md");
    WriteFileAtomically(path, "eerste versie: één café\n");
    CHECK(ReadAll(path) == "eerste versie: één café\n");
    WriteFileAtomically(path, "tweede");
    CHECK(ReadAll(path) == "tweede");
    CHECK_FALSE(std::filesystem::exists(AtomicTemporaryName(path)));
    CHECK_THROWS_AS(WriteFileAtomically(dir.Path().string(), "x"), UserError); // a directory
    CHECK_THROWS_AS(WriteFileAtomically(dir.File("missing/sub/notulen.md"), "x"), UserError);
}

TEST_CASE("temporaries of a killed writer are removed, those of live writers kept", "[atomic_file]") {
    test::TempDir dir;
    std::string path = dir.File("verslag.docx");
    std::string dead = path + ".tmp-" + std::to_string(DeadPid());
    std::string live = path + ".tmp-" + std::to_string(::getppid()); // our parent is running
    std::string other_file = dir.File("ander.docx.tmp-" + std::to_string(DeadPid()));
    std::string not_ours = path + ".tmp-backup";
    for (const std::string& p : {dead, live, other_file, not_ours}) std::ofstream(p) << "half";

    WriteFileAtomically(path, "volledig");
    CHECK(ReadAll(path) == "volledig");
    CHECK_FALSE(std::filesystem::exists(dead));
    CHECK(std::filesystem::exists(live));       // may be writing right now
    CHECK(std::filesystem::exists(other_file)); // another target's business
    CHECK(std::filesystem::exists(not_ours));   // not a name this code makes
    CHECK(RemoveStaleTemporaries(path) == 0);
}
