// Fuzzes opening a plan file from disk (PlanStore::Open) and reading everything in it. A damaged or
// foreign file must give a StoreError, never a crash, hang or leak. Each input is written to a
// temporary file and opened twice: as the app does (integrity check, migration after a backup), and
// with the integrity check off so damaged pages reach the code that reads rows.
// Seeds are small plan files with 512-byte pages, written by make_plan_seeds.cpp.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/base/errors.h"
#include "core/store/store.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

void RemovePlanFiles(const std::string& dir) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) std::filesystem::remove(entry.path(), ec);
}

void ReadEverything(hd::PlanStore& store) {
    hd::Plan plan = store.GetPlan();
    (void)plan;
    store.ListThemes();
    store.ListParticipants();
    for (const hd::Hearing& h : store.ListHearings()) {
        store.GetHearing(h.id);
        for (const hd::Note& n : store.ListNotes(h.id, 0, true)) {
            store.NoteHistory(n.uuid);
            store.GetNote(n.uuid);
        }
        store.CountNotes(h.id, 'A');
        store.LoadDraft(h.id, 'A');
        store.LoadDraft(h.id, 'B');
    }
    for (const hd::Theme& t : store.ListThemes()) store.ListNotesOfTheme(t.id, true);
    store.IntegrityCheck();
}

void OpenAndRead(const std::string& dir, const uint8_t* data, size_t size, const hd::OpenOptions& options) {
    RemovePlanFiles(dir);
    std::string path = dir + "/plan.hdesk";
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
        HD_FUZZ_CHECK(out.good());
    }
    try {
        auto store = hd::PlanStore::Open(path, options);
        ReadEverything(*store);
        if (!options.read_only) {
            // A plan that opened must also take a write or refuse it with a clear error.
            auto hearings = store->ListHearings();
            if (!hearings.empty()) {
                hd::Note n;
                n.hearing_id = hearings.front().id;
                n.text = "fuzz";
                store->AddNote(n);
            }
        }
    } catch (const hd::UserError&) {
        // StoreError (damaged, foreign, newer) or InputError: the clear messages we promise.
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const std::string dir = hd::fuzz::WorkDir("plan");
    hd::OpenOptions as_app;
    OpenAndRead(dir, data, size, as_app);
    hd::OpenOptions unchecked;
    unchecked.check_integrity = false;
    OpenAndRead(dir, data, size, unchecked);
    hd::OpenOptions read_only;
    read_only.read_only = true;
    read_only.check_integrity = false;
    OpenAndRead(dir, data, size, read_only);
    RemovePlanFiles(dir);
    return 0;
}
