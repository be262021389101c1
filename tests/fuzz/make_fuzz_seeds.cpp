// Writes the binary seeds of the fuzz targets into tests/fuzz/corpus/ (run by hand when a format
// changes; the text seeds are written by hand):
//   plan_open/        small plan files (512-byte pages, rollback journal) in the shapes the app meets:
//                     empty and filled plans at the latest schema, a version-1 plan, a plan from a
//                     newer version, and a foreign SQLite database
//   transcript_json/  a transcript exported from the filled plan (notes, history, deletion, speakers)
//   live_frame/       each live link message and both hellos, encoded, and a framed stream
//   build-fuzz/make_fuzz_seeds tests/fuzz/corpus tests/fixtures/plan_v1.sql
// With --big it writes the large seeds instead, which are not committed (run_fuzzers.sh writes them
// into its working corpus before each run): the inputs that crashed in issue 16 (a transcript with
// 200,000 nested '[', a 600 KB nested settings file) and transcripts of about 1 MB.
//   build-fuzz/make_fuzz_seeds --big build-fuzz/fuzz-corpus
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "core/store/db.h"
#include "core/live/live_protocol.h"
#include "core/store/store.h"
#include "core/transcript/transcript.h"

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

int64_t FilledPlan(const std::string& path) {
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
    return hid;
}

void WriteFile(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

void WriteBytes(const std::string& path, const Bytes& bytes) { WriteFile(path, std::string(bytes.begin(), bytes.end())); }

void LiveSeeds(const std::string& dir) {
    std::filesystem::create_directories(dir);
    LiveClientHello ch;
    ch.nonce.fill(7);
    WriteBytes(dir + "/client_hello.bin", EncodeClientHello(ch));
    LiveServerHello sh;
    sh.opslimit = 2;
    sh.memlimit = 1 << 16;
    sh.salt.fill(3);
    WriteBytes(dir + "/server_hello.bin", EncodeServerHello(sh));
    LiveWelcome welcome;
    welcome.hearing.theme_title = "Overlast";
    welcome.hearing.questions.push_back({"Wat loopt er mis?", 20});
    welcome.hearing.participants.push_back({"u-1", "Mieke Peeters", "", "police", true});
    welcome.promoted.push_back("n-1");
    LiveNoteVersion note;
    note.send_id = 4;
    note.uuid = "3f1c2d4e-0000-4000-8000-000000000001";
    note.text = "Jongeren hangen rond aan het station; één café";
    note.kind = "problem";
    LiveMessage messages[] = {LiveJoin{'B', "client-xyz"}, welcome, note, LiveAck{4}, LiveTimerState{1, true, 60000, 30000},
                              LivePromote{"n-1"}, LivePing{2}, LiveRefused{LiveRefusal::BadCode}};
    Bytes stream;
    for (size_t i = 0; i < std::size(messages); ++i) {
        Bytes payload = EncodeMessage(messages[i]);
        WriteBytes(dir + "/message_" + std::to_string(i) + ".bin", payload);
        AppendFrame(stream, payload);
    }
    WriteBytes(dir + "/stream.bin", stream);

    // Hostile lengths: a welcome whose promoted list claims 2^40 entries and a note whose text claims
    // 2^40 bytes. The decoder must refuse both without allocating (run_fuzzers.sh sets a malloc limit).
    auto patch_size_tag = [](Bytes payload, const std::string& after, uint64_t old_size) {
        Bytes needle;
        for (int i = 0; i < 8; ++i) needle.push_back(static_cast<uint8_t>(old_size >> (8 * i)));
        needle.insert(needle.end(), after.begin(), after.end());
        auto at = std::search(payload.begin(), payload.end(), needle.begin(), needle.end());
        if (at == payload.end()) throw std::runtime_error("make_fuzz_seeds: size tag not found");
        for (int i = 0; i < 8; ++i) at[i] = static_cast<uint8_t>((uint64_t(1) << 40) >> (8 * i));
        return payload;
    };
    WriteBytes(dir + "/hostile_list_length.bin",
               patch_size_tag(EncodeMessage(welcome), std::string("\x03\0\0\0\0\0\0\0n-1", 11), 1));
    WriteBytes(dir + "/hostile_text_length.bin", patch_size_tag(EncodeMessage(note), note.text, note.text.size()));
}
} // namespace

// [SECTION] Big seeds
void WriteBigSeeds(const std::string& root) {
    for (const char* d : {"transcript_json", "transcript_text", "settings", "merge"}) std::filesystem::create_directories(root + "/" + d);
    const std::string head = "{\"format\":\"hearingdesk-transcript\",\"version\":1,\"x\":";
    WriteFile(root + "/transcript_json/issue16_nesting_200000.json", head + std::string(200000, '[') + std::string(200000, ']') + "}");
    WriteFile(root + "/transcript_json/nesting_33.json", head + std::string(33, '[') + std::string(33, ']') + "}");
    WriteFile(root + "/settings/issue16_nesting_600k.json",
              "{\"language\":" + std::string(300000, '[') + std::string(300000, ']') + "}");
    // About 1 MB of lines as a reporter types them, and the same as a JSON transcript.
    std::string text;
    Transcript t;
    t.plan_uuid = "3f2a3c1e-6b1d-4c1e-9a51-6a9e0f1d2c3b";
    t.hearing_uuid = "4f2a3c1e-6b1d-4c1e-9a51-6a9e0f1d2c3b";
    t.participants.push_back({"5f2a3c1e-6b1d-4c1e-9a51-6a9e0f1d2c3b", "Mieke Peeters", "police", ""});
    for (int i = 0; text.size() < (1 << 20); ++i) {
        std::string said = "Punt " + std::to_string(i) + ": de verlichting in de tunnel naar het Dĳlepark is 's avonds te zwak, "
                                                          "zegt de wijkagent; bewoners vragen camera's.";
        char clock[16];
        std::snprintf(clock, sizeof clock, "[%02d:%02d:%02d] ", i / 3600 % 24, i / 60 % 60, i % 60);
        text += clock + std::string(i % 3 ? "Peeters: " : "") + said + (i % 7 ? "\n" : "\r\n");
        if (i < 3000) {
            TranscriptNote n;
            char uuid[40];
            std::snprintf(uuid, sizeof uuid, "6f2a3c1e-6b1d-4c1e-9a51-%012d", i);
            n.uuid = uuid;
            n.seq = i + 1;
            n.offset_ms = i * 1000;
            n.text = said;
            n.speaker_uuid = i % 2 ? t.participants[0].uuid : "";
            t.notes.push_back(n);
        }
    }
    WriteFile(root + "/transcript_text/one_mb.txt", text);
    WriteFile(root + "/transcript_json/one_mb.json", WriteTranscriptJson(t));
}

int main(int argc, char** argv) {
    if (argc == 3 && std::string(argv[1]) == "--big") {
        WriteBigSeeds(argv[2]);
        return 0;
    }
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_fuzz_seeds CORPUS_DIR plan_v1.sql\n");
        return 2;
    }
    std::string root = argv[1];
    std::string dir = root + "/plan_open";
    std::filesystem::create_directories(dir);

    std::string empty = Fresh(dir, "empty_plan.hdesk");
    PlanStore::Create(empty, Plan{});
    Shrink(empty);

    std::string filled = Fresh(dir, "filled_plan.hdesk");
    int64_t hearing = FilledPlan(filled);
    {
        auto store = PlanStore::Open(filled);
        std::filesystem::create_directories(root + "/transcript_json");
        WriteFile(root + "/transcript_json/reporter_a.json", WriteTranscriptJson(ExportTranscript(*store, hearing, 'A')));
        WriteFile(root + "/transcript_json/reporter_b.json", WriteTranscriptJson(ExportTranscript(*store, hearing, 'B')));
    }
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
    LiveSeeds(root + "/live_frame");
    return 0;
}
