// hearingctl's -o: a regular file is replaced atomically; a pipe or device is written in place
// (renaming a temporary file over /dev/null would replace the device with a file).
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <future>
#include <string>

#include "tests/support/temp_dir.h"

namespace {
std::string ReadAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}
} // namespace

TEST_CASE("hearingctl -o writes into a pipe without replacing it, and replaces a regular file", "[cli]") {
    hd::test::TempDir dir;
    std::string csv = dir.File("notes.csv");
    {
        std::ofstream out(csv);
        out << "id,text\n1,Meer verlichting op het plein\n2,Meer verlichting in het park\n3,Jongeren willen een eigen plek\n";
    }
    std::string fifo = dir.File("out.fifo");
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    auto reader = std::async(std::launch::async, [&] { return ReadAll(fifo); });
    std::string cmd = std::string(HD_HEARINGCTL) + " cluster --input " + csv + " --k 2 --format json -o " + fifo;
    int rc = std::system(cmd.c_str());
    CHECK(WEXITSTATUS(rc) == 0);
    std::string got = reader.get();
    CHECK(got.find("\"clusters\"") != std::string::npos);
    struct stat st {};
    REQUIRE(stat(fifo.c_str(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));

    std::string file = dir.File("out.json");
    {
        std::ofstream old(file);
        old << "old content";
    }
    cmd = std::string(HD_HEARINGCTL) + " cluster --input " + csv + " --k 2 --format json -o " + file;
    rc = std::system(cmd.c_str());
    CHECK(WEXITSTATUS(rc) == 0);
    CHECK(ReadAll(file).find("\"clusters\"") != std::string::npos);
}
