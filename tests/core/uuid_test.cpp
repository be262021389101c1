// Note uuids come from the operating system's CSPRNG (libsodium randombytes_buf).
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <set>
#include <string>

#include "core/base/uuid.h"

TEST_CASE("uuids are version 4, lowercase and distinct", "[uuid]") {
    std::set<std::string> seen;
    for (int i = 0; i < 2000; ++i) {
        std::string u = hd::NewUuid();
        REQUIRE(hd::IsUuid(u));
        CHECK(u[14] == '4');                               // version 4
        CHECK(std::string("89ab").find(u[19]) != std::string::npos); // RFC 4122 variant
        CHECK(u.find_first_of("ABCDEF") == std::string::npos);
        seen.insert(u);
    }
    CHECK(seen.size() == 2000);
}

TEST_CASE("a forked process does not repeat its parent's uuids", "[uuid]") {
    // A generator seeded once in the process (as mt19937_64 was) is copied by fork(): parent and
    // child then produce the very same "random" uuids, and notes from both collide on import.
    hd::NewUuid(); // the generator, if any, is set up before the fork
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        std::string u = hd::NewUuid();
        ssize_t written = write(fds[1], u.data(), u.size());
        _exit(written == static_cast<ssize_t>(u.size()) ? 0 : 1);
    }
    close(fds[1]);
    std::string mine = hd::NewUuid();
    char buf[64] = {};
    ssize_t n = read(fds[0], buf, sizeof buf);
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    REQUIRE(n == 36);
    CHECK(std::string(buf, 36) != mine);
}
