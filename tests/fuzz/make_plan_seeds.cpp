// Writes the seed corpus of fuzz_plan_open: small plan files (512-byte pages, rollback journal) in
// the shapes the app meets: empty and filled plans at the latest schema, a version-1 plan, a plan
// from a newer version, and a foreign SQLite database.
//   make_plan_seeds OUT_DIR tests/fixtures/plan_v1.sql
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/db.h"
#include "core/store.h"

using namespace hd;

namespace {
// Rewrites the file with 512-byte pages and no WAL, so a seed is a few kilobytes.
void Shrink(const std::string& path) {
    Database db(path, Database::Mode::ReadWrite);
    db.Exec("PRAGMA journal_mode = DELETE");
    db.Exec("PRAGMA page_size = 512");
    db.Exec("VACUUM");
}

std::string Fresh(const std::string& dir, const char* name) {
    std::string path = dir + "/" + name;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path + suffix);
    return path;
}

void FilledPlan(const std::string& path) {
    Plan plan;
    plan.name = "Veiligheidsplan Geel";
    plan.city = "Geel";
    auto store = PlanStore::Create(path, plan);
    Participant p;
    p.name = "Mieke Peeters";
    p.discipline = "street_work";
    int64_t pid = store->AddParticipant(p);
    Theme t;
    t.title = "Overlast en jongeren";
    t.questions.push_back({0, 0, 0, "Wat loopt er mis?", 20});
    Hearing h;
    h.theme_id = store->AddTheme(t);
    h.participant_ids = {pid};
    int64_t hid = store->AddHearing(h);
    Note n;
    n.hearing_id = hid;
    n.speaker_id = pid;
    n.text = "Jongeren hangen rond aan het station; één café sluit te laat";
    Note stored = store->AddNote(n, "A");
    store->EditNote(stored.uuid, "Jongeren hangen 's avonds rond aan het station", NoteKind::Problem,
                    SafetyChain::Preventive, pid, "A");
    n.reporter = 'B';
    n.text = "Voorstel: meer straathoekwerk";
    Note b = store->AddNote(n, "B");
    store->DeleteNote(b.uuid, "B");
    store->SaveDraft(hid, 'A', {"half getypt", pid, NoteKind::Proposal, 1});
}
} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_plan_seeds OUT_DIR plan_v1.sql\n");
        return 2;
    }
    std::string dir = argv[1];
    std::filesystem::create_directories(dir);

    std::string empty = Fresh(dir, "empty_plan.hdesk");
    PlanStore::Create(empty, Plan{});
    Shrink(empty);

    std::string filled = Fresh(dir, "filled_plan.hdesk");
    FilledPlan(filled);
    Shrink(filled);

    std::string v1 = Fresh(dir, "plan_v1.hdesk");
    {
        std::ifstream in(argv[2]);
        std::string sql((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        Database db(v1, Database::Mode::ReadWriteCreate);
        db.Exec("PRAGMA page_size = 512");
        db.Exec(sql.c_str());
    }

    std::string newer = Fresh(dir, "newer_version.hdesk");
    PlanStore::Create(newer, Plan{});
    {
        Database db(newer, Database::Mode::ReadWrite);
        db.Exec("PRAGMA user_version = 999");
    }
    Shrink(newer);

    std::string foreign = Fresh(dir, "foreign.sqlite");
    {
        Database db(foreign, Database::Mode::ReadWriteCreate);
        db.Exec("PRAGMA page_size = 512");
        db.Exec("CREATE TABLE t(a, b); INSERT INTO t VALUES(1, 'x')");
    }
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        for (const std::string& p : {empty, filled, v1, newer, foreign}) std::filesystem::remove(p + suffix);
    return 0;
}
