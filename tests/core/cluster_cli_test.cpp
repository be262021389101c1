// Runs the real hearingctl binary on CSV files.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <regex>
#include <set>

#include "tests/support/child_process.h"
#include "tests/support/cluster_corpus.h"
#include "tests/support/temp_dir.h"

namespace {
using Run = hd::test::ShellRun;

Run Hearingctl(const std::string& args, const std::string& env = "") { return hd::test::RunHearingctlShell(args, env); }

// The members of each cluster in the exact output shape; fails the test on any other shape.
std::vector<std::vector<std::string>> ParseOutput(const std::string& out) {
    static const std::regex whole(R"re(^\{"clusters":\[(\{"label":"(?:[^"\\]|\\.)*","members":\[(?:"(?:[^"\\]|\\.)*",?)*\]\},?)*\]\}\n$)re");
    REQUIRE(std::regex_match(out, whole));
    std::vector<std::vector<std::string>> clusters;
    static const std::regex cluster(R"re("members":\[([^\]]*)\])re");
    static const std::regex id(R"re("((?:[^"\\]|\\.)*)")re");
    for (auto it = std::sregex_iterator(out.begin(), out.end(), cluster); it != std::sregex_iterator(); ++it) {
        std::string list = (*it)[1];
        clusters.emplace_back();
        for (auto j = std::sregex_iterator(list.begin(), list.end(), id); j != std::sregex_iterator(); ++j)
            clusters.back().push_back((*j)[1]);
    }
    return clusters;
}

} // namespace

TEST_CASE("hearingctl cluster --input prints every id exactly once, --k honoured", "[cluster_cli]") {
    hd::test::TempDir dir;
    std::string path = dir.File("notes.csv");
    {
        std::ofstream f(path);
        f << "id,text\r\n";
        auto texts = hd::test::ClusterCorpus();
        for (size_t i = 0; i < texts.size(); ++i) f << "n" << i << ",\"" << texts[i] << "\"\r\n";
        f << "\"id \"\"quoted\"\"\",\"met \"\"aanhalingstekens\"\", komma's\nen een nieuwe regel over drugs\"\r\n";
    }
    for (int k : {0, 2, 3, 7}) {
        std::string args = "cluster --input " + path + (k ? " --k " + std::to_string(k) : std::string()) + " --format json";
        Run r = Hearingctl(args);
        REQUIRE(r.status == 0);
        auto clusters = ParseOutput(r.out);
        if (k) CHECK(clusters.size() == static_cast<size_t>(k));
        std::multiset<std::string> ids;
        for (const auto& c : clusters) {
            CHECK_FALSE(c.empty());
            ids.insert(c.begin(), c.end());
        }
        CHECK(ids.size() == 19);
        CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == 19);
        CHECK(ids.count("id \\\"quoted\\\"") == 1); // JSON-escaped as it appears in the output
        CHECK(Hearingctl(args).out == r.out);     // deterministic across runs
    }
}

TEST_CASE("hearingctl cluster refuses malformed CSV naming the line, and bad --k", "[cluster_cli]") {
    hd::test::TempDir dir;
    std::string path = dir.File("bad.csv");
    {
        std::ofstream f(path);
        f << "id,text\n1,goed\n2,\"niet gesloten\n3,x\n";
    }
    Run r = Hearingctl("cluster --input " + path + " --format json");
    CHECK(r.status != 0);
    CHECK(r.out.find("Line 3") != std::string::npos);
    {
        std::ofstream f(path);
        f << "id,text\n1,a\n1,b\n";
    }
    r = Hearingctl("cluster --input " + path);
    CHECK(r.status != 0);
    CHECK(r.out.find("Line 3") != std::string::npos);
    {
        std::ofstream f(path);
        f << "name,text\n1,a\n";
    }
    CHECK(Hearingctl("cluster --input " + path).out.find("'id'") != std::string::npos);
    {
        std::ofstream f(path);
        f << "id,text\n1,a\n2,b\n";
    }
    r = Hearingctl("cluster --input " + path + " --k 3");
    CHECK(r.status != 0);
    CHECK(Hearingctl("cluster --input " + path + " --k 0").status != 0);
    CHECK(Hearingctl("cluster --input " + path + " --format xml").status != 0);
    r = Hearingctl("cluster --input " + path + " --k 2");
    CHECK(r.status == 0);
    CHECK(ParseOutput(r.out).size() == 2);
}

TEST_CASE("hearingctl cluster refuses an input larger than the CSV cap, also from a device", "[cluster_cli]") {
    // /dev/zero never ends: without a cap the reader would fill memory; with it the refusal names
    // the limit, in Dutch when asked.
    Run r = Hearingctl("cluster --input /dev/zero --format json");
    CHECK(r.status != 0);
    CHECK(r.out.find("larger than 64 MB") != std::string::npos);
    r = Hearingctl("cluster --input /dev/zero");
    CHECK(r.status != 0);
    r = Hearingctl("cluster --input /dev/zero", "HD_LANG=nl");
    CHECK(r.status != 0);
    CHECK(r.out.find("groter dan 64 MB") != std::string::npos);
}
