#include "core/merge/merge_store.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/merge/review_history.h"
#include "core/store/db.h"
#include "core/base/errors.h"
#include "core/store/store.h"
#include "core/base/utf8.h"

namespace hd {

std::string_view ToKey(ReviewDecision d) {
    switch (d) {
    case ReviewDecision::None: return "";
    case ReviewDecision::AcceptA: return "accept_a";
    case ReviewDecision::AcceptB: return "accept_b";
    case ReviewDecision::KeepBoth: return "keep_both";
    case ReviewDecision::Edited: return "edited";
    }
    return "";
}

std::optional<ReviewDecision> ReviewDecisionFromKey(std::string_view key) {
    for (ReviewDecision d : {ReviewDecision::None, ReviewDecision::AcceptA, ReviewDecision::AcceptB, ReviewDecision::KeepBoth,
                             ReviewDecision::Edited})
        if (ToKey(d) == key) return d;
    return std::nullopt;
}

std::string StoredEntry::FinalText() const {
    switch (decision) {
    case ReviewDecision::AcceptA: return a_text;
    case ReviewDecision::AcceptB: return b_text;
    case ReviewDecision::KeepBoth:
        if (a_text.empty()) return b_text;
        if (b_text.empty()) return a_text;
        return a_text + "\n" + b_text;
    case ReviewDecision::Edited: return edited_text;
    case ReviewDecision::None: break;
    }
    if (status == MergeStatus::OnlyA) return a_text;
    if (status == MergeStatus::OnlyB) return b_text;
    return text;
}

namespace {
std::string SpeakerName(const std::map<int64_t, Participant>& people, int64_t id) {
    auto it = people.find(id);
    if (it == people.end()) return {};
    return it->second.name.empty() ? it->second.discipline : it->second.name;
}

std::map<int64_t, Participant> People(PlanStore& store) {
    std::map<int64_t, Participant> out;
    for (Participant& p : store.ListParticipants()) out.emplace(p.id, std::move(p));
    return out;
}

std::vector<Note> ReporterNotes(PlanStore& store, int64_t hearing_id, char reporter) {
    std::vector<Note> notes = store.ListNotes(hearing_id, reporter, false);
    std::stable_sort(notes.begin(), notes.end(), [](const Note& x, const Note& y) { return x.seq < y.seq; });
    return notes;
}

std::set<std::string> NoteSet(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::set<std::string> out(a.begin(), a.end());
    out.insert(b.begin(), b.end());
    return out;
}

void RequireEditText(const std::string& text) {
    if (text.size() > kMaxNoteBytes)
        throw InputError("err.note_too_long", "This note is too long (" + std::to_string(text.size() / 1024) +
                                                  " KB; at most 1024 KB). Split it into several notes.",
                         {std::to_string(text.size() / 1024)});
    size_t bad = FindInvalidUtf8(text);
    if (bad != std::string::npos)
        throw InputError("err.invalid_utf8_at", "The note text is not valid UTF-8 (at byte " + std::to_string(bad) + ").",
                         {std::to_string(bad)});
}
} // namespace

std::vector<MergeNote> StoredMergeNotes(PlanStore& store, int64_t hearing_id, char reporter) {
    std::map<int64_t, Participant> people = People(store);
    std::vector<MergeNote> out;
    for (const Note& n : ReporterNotes(store, hearing_id, reporter))
        out.push_back({n.uuid, n.offset_ms, SpeakerName(people, n.speaker_id), n.text,
                       n.wall_time_ms > 0 ? n.wall_time_ms : -1});
    return out;
}

MergeRunResult MergeStore::RunMerge(int64_t hearing_id, const TextAnalyzer& analyzer, const MergeOptions& options,
                                    const std::string& by) {
    if (!m_store.GetHearing(hearing_id))
        throw UserError("cli.no_such_hearing", "There is no hearing with id " + std::to_string(hearing_id) + " in this plan.",
                        {std::to_string(hearing_id)});
    std::vector<MergeNote> a = StoredMergeNotes(m_store, hearing_id, 'A');
    std::vector<MergeNote> b = StoredMergeNotes(m_store, hearing_id, 'B');
    MergeResult merged = MergeTranscripts(a, b, analyzer, options);

    // Decisions already made, by the exact set of notes their entry held.
    std::vector<StoredEntry> decided = ListEntries(hearing_id);
    decided.erase(std::remove_if(decided.begin(), decided.end(),
                                 [](const StoredEntry& e) { return e.decision == ReviewDecision::None; }),
                  decided.end());
    std::vector<bool> used(decided.size(), false);

    MergeRunResult result;
    result.entries = merged.entries.size();
    result.clock_offset_ms = merged.clock_offset_ms;
    Database& db = m_store.Db();
    Transaction tx(db);
    {
        Statement del_notes(db, "DELETE FROM merged_entry_note WHERE entry_id IN (SELECT id FROM merged_entry WHERE hearing_id = ?)");
        del_notes.Bind(1, hearing_id).Exec();
        Statement del(db, "DELETE FROM merged_entry WHERE hearing_id = ?");
        del.Bind(1, hearing_id).Exec();
    }
    Statement insert(db, "INSERT INTO merged_entry(hearing_id, position, status, time_ms, speaker, proposed_text, similarity, "
                         "decision, edited_text, decided_by, decided_at_ms, also_noted, also_noted_by) "
                         "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement link(db, "INSERT INTO merged_entry_note(entry_id, note_uuid, reporter, position) VALUES(?, ?, ?, ?)");
    int position = 0;
    for (const MergedEntry& e : merged.entries) {
        std::set<std::string> notes = NoteSet(e.a_ids, e.b_ids);
        const StoredEntry* keep = nullptr;
        for (size_t k = 0; k < decided.size() && !keep; ++k)
            if (!used[k] && NoteSet(decided[k].a_ids, decided[k].b_ids) == notes) keep = &decided[k], used[k] = true;
        insert.Reset();
        insert.Bind(1, hearing_id).Bind(2, position++).Bind(3, ToKey(e.status)).Bind(4, e.time_ms).Bind(5, e.speaker);
        insert.Bind(6, e.text).Bind(7, e.similarity);
        // Bound as std::string: an empty string_view has no data and SQLite would store NULL.
        insert.Bind(8, std::string(keep ? ToKey(keep->decision) : std::string_view("")))
            .Bind(9, keep ? keep->edited_text : std::string())
            .Bind(10, keep ? keep->decided_by : std::string())
            .Bind(11, keep ? keep->decided_at_ms : int64_t{0})
            .Bind(12, e.also_noted)
            .Bind(13, e.also_noted_by ? std::string(1, e.also_noted_by) : std::string())
            .Exec();
        int64_t entry_id = db.LastInsertId();
        int p = 0;
        for (const std::string& id : e.a_ids) link.Reset(), link.Bind(1, entry_id).Bind(2, id).Bind(3, "A").Bind(4, p++).Exec();
        for (const std::string& id : e.b_ids) link.Reset(), link.Bind(1, entry_id).Bind(2, id).Bind(3, "B").Bind(4, p++).Exec();
        if (keep) ++result.decisions_kept;
    }
    result.decisions_dropped = static_cast<size_t>(std::count(used.begin(), used.end(), false));
    ClearReviewHistory(db, hearing_id); // the steps named entries that are gone now
    Statement run(db, "INSERT OR REPLACE INTO merge_run(hearing_id, merged_at_ms, merged_by, clock_offset_ms) VALUES(?, ?, ?, ?)");
    run.Bind(1, hearing_id).Bind(2, NowWallMs()).Bind(3, by).Bind(4, merged.clock_offset_ms).Exec();
    tx.Commit();
    return result;
}

bool MergeStore::HasMerge(int64_t hearing_id) {
    Statement st(m_store.Db(), "SELECT 1 FROM merge_run WHERE hearing_id = ?");
    st.Bind(1, hearing_id);
    return st.Step();
}

namespace {
constexpr const char* kEntryColumns =
    "SELECT id, hearing_id, position, status, time_ms, speaker, proposed_text, similarity, decision, edited_text, "
    "decided_by, decided_at_ms, also_noted, also_noted_by FROM merged_entry";

StoredEntry ReadEntry(Statement& st) {
    StoredEntry e;
    e.id = st.Int(0);
    e.hearing_id = st.Int(1);
    e.position = static_cast<int>(st.Int(2));
    e.status = MergeStatusFromKey(st.Text(3)).value_or(MergeStatus::Differs);
    e.time_ms = st.Int(4);
    e.speaker = st.Text(5);
    e.text = st.Text(6);
    e.similarity = st.Double(7);
    e.decision = ReviewDecisionFromKey(st.Text(8)).value_or(ReviewDecision::None);
    e.edited_text = st.Text(9);
    e.decided_by = st.Text(10);
    e.decided_at_ms = st.Int(11);
    e.also_noted = st.Text(12);
    std::string by = st.Text(13);
    e.also_noted_by = by.empty() ? 0 : by[0];
    return e;
}

// Fills provenance and the notes' current texts. A note deleted since the merge no longer counts:
// when one side of a matched entry is gone, the entry falls back to the other side's text.
void FillNotes(PlanStore& store, std::vector<StoredEntry>& entries, int64_t hearing_id, const std::vector<Note>& notes) {
    std::map<std::string, std::string> texts;
    for (const Note& n : notes) texts[n.uuid] = n.text;
    std::map<int64_t, StoredEntry*> by_id;
    for (StoredEntry& e : entries) by_id[e.id] = &e;
    Statement st(store.Db(),
                 "SELECT en.entry_id, en.note_uuid, en.reporter FROM merged_entry_note en JOIN merged_entry e ON e.id = en.entry_id "
                 "WHERE e.hearing_id = ? ORDER BY en.entry_id, en.position");
    st.Bind(1, hearing_id);
    while (st.Step()) {
        auto it = by_id.find(st.Int(0));
        if (it == by_id.end()) continue;
        StoredEntry& e = *it->second;
        std::string uuid = st.Text(1);
        auto text_it = texts.find(uuid);
        if (text_it == texts.end()) continue; // deleted since the merge
        bool is_a = st.Text(2) == "A";
        (is_a ? e.a_ids : e.b_ids).push_back(uuid);
        std::string& text = is_a ? e.a_text : e.b_text;
        if (!text.empty()) text += ' ';
        text += text_it->second;
    }
    for (StoredEntry& e : entries) {
        bool matched = e.status == MergeStatus::Agreed || e.status == MergeStatus::Differs;
        if (matched && (e.a_ids.empty() || e.b_ids.empty())) e.also_noted.clear();
        if (matched && e.a_ids.empty()) e.text = e.b_text;
        if (matched && e.b_ids.empty()) e.text = e.a_text;
        // Entries merged before migration 12 did not say whose words these were: the other side's.
        if (!e.also_noted.empty() && !e.also_noted_by) e.also_noted_by = e.text == e.a_text ? 'B' : 'A';
        if (e.also_noted.empty()) e.also_noted_by = 0;
    }
}

// A hearing's entries with their notes' current texts, from the hearing's live notes as read once.
std::vector<StoredEntry> ReadEntries(PlanStore& store, int64_t hearing_id, const std::vector<Note>& notes) {
    std::string sql = std::string(kEntryColumns) + " WHERE hearing_id = ? ORDER BY position";
    Statement st(store.Db(), sql.c_str());
    st.Bind(1, hearing_id);
    std::vector<StoredEntry> all;
    while (st.Step()) all.push_back(ReadEntry(st));
    FillNotes(store, all, hearing_id, notes);
    return all;
}
} // namespace

std::vector<StoredEntry> MergeStore::ListEntries(int64_t hearing_id, const EntryFilter& filter) {
    ReadTransaction snapshot(m_store.Db());
    std::vector<StoredEntry> all = ReadEntries(m_store, hearing_id, m_store.ListNotes(hearing_id, 0, false));
    std::string speaker = FoldForMatch(Trim(filter.speaker));
    std::vector<StoredEntry> out;
    for (StoredEntry& e : all) {
        if (filter.status && e.status != *filter.status) continue;
        if (filter.unresolved_only && e.Resolved()) continue;
        if (!speaker.empty() && FoldForMatch(e.speaker).find(speaker) == std::string::npos) continue;
        out.push_back(std::move(e));
    }
    return out;
}

std::optional<StoredEntry> MergeStore::GetEntry(int64_t entry_id) {
    std::string sql = std::string(kEntryColumns) + " WHERE id = ?";
    Statement st(m_store.Db(), sql.c_str());
    st.Bind(1, entry_id);
    if (!st.Step()) return std::nullopt;
    std::vector<StoredEntry> one{ReadEntry(st)};
    FillNotes(m_store, one, one[0].hearing_id, m_store.ListNotes(one[0].hearing_id, 0, false));
    return one[0];
}

void WriteDecision(Database& db, int64_t entry_id, ReviewDecision decision, const std::string& edited_text,
                   const std::string& by) {
    if (decision == ReviewDecision::Edited) RequireEditText(edited_text);
    Statement st(db, "UPDATE merged_entry SET decision = ?, edited_text = ?, decided_by = ?, decided_at_ms = ? WHERE id = ?");
    bool clear = decision == ReviewDecision::None;
    st.Bind(1, std::string(ToKey(decision)))
        .Bind(2, decision == ReviewDecision::Edited ? edited_text : std::string())
        .Bind(3, clear ? std::string() : by)
        .Bind(4, clear ? int64_t{0} : NowWallMs())
        .Bind(5, entry_id)
        .Exec();
    if (db.Changes() == 0) throw StoreError("merge.no_such_entry", "That merged entry no longer exists; run the merge again.");
}

void MergeStore::RecordDecision(int64_t entry_id, ReviewDecision decision, const std::string& edited_text,
                                const std::string& by) {
    Database& db = m_store.Db();
    Transaction tx(db);
    WriteDecision(db, entry_id, decision, edited_text, by);
    tx.Commit();
}

MergeProgress MergeStore::Progress(int64_t hearing_id) {
    MergeProgress p;
    for (const StoredEntry& e : ListEntries(hearing_id)) {
        ++p.total;
        if (e.Resolved()) ++p.resolved;
    }
    return p;
}

namespace {
// The speakers a merged entry's live notes name, per reporter, in the notes' order (0 = not named).
struct EntrySpeakers {
    int64_t a = 0, b = 0; // first named speaker of each side
    bool conflict = false; // two different people named within the entry
};

EntrySpeakers SpeakersOf(const StoredEntry& e, const std::map<std::string, const Note*>& by_uuid) {
    EntrySpeakers s;
    int64_t first = 0;
    auto visit = [&](const std::vector<std::string>& ids, int64_t& side) {
        for (const std::string& id : ids) {
            auto it = by_uuid.find(id);
            if (it == by_uuid.end() || it->second->speaker_id == 0) continue;
            int64_t who = it->second->speaker_id;
            if (!side) side = who;
            if (!first) first = who;
            s.conflict |= who != first;
        }
    };
    visit(e.a_ids, s.a);
    visit(e.b_ids, s.b);
    return s;
}

// The speaker a decision chose: the accepted reporter's, else the one who named anybody. An unknown
// speaker is never filled in from the other side when the sides conflict.
int64_t ChosenSpeaker(const StoredEntry& e, const EntrySpeakers& s) {
    if (e.decision == ReviewDecision::AcceptB) return s.b ? s.b : s.a;
    return s.a ? s.a : s.b;
}
} // namespace

std::vector<Note> LeadReporterNotes(std::vector<Note> notes) {
    bool has_a = std::any_of(notes.begin(), notes.end(), [](const Note& n) { return n.reporter == 'A' && !n.deleted; });
    char lead = has_a ? 'A' : 'B';
    notes.erase(std::remove_if(notes.begin(), notes.end(), [&](const Note& n) { return n.deleted || n.reporter != lead; }),
                notes.end());
    std::stable_sort(notes.begin(), notes.end(), [](const Note& x, const Note& y) { return x.seq < y.seq; });
    return notes;
}

std::vector<MinutesEntry> MergeStore::MergedMinutes(int64_t hearing_id) {
    // Entries, their notes and the participants as one state of the file: a note saved meanwhile
    // by another connection (the live link) must not be half in.
    ReadTransaction snapshot(m_store.Db());
    std::vector<Note> notes = m_store.ListNotes(hearing_id, 0, false);
    std::map<std::string, const Note*> by_uuid;
    for (const Note& n : notes) by_uuid[n.uuid] = &n;
    std::map<int64_t, Participant> people = People(m_store);
    std::vector<MinutesEntry> out;
    auto from_note = [&](const Note& n) {
        MinutesEntry m = MinutesEntryFromNote(n);
        m.speaker = SpeakerName(people, n.speaker_id);
        return m;
    };
    if (!HasMerge(hearing_id)) {
        for (const Note& n : LeadReporterNotes(notes)) out.push_back(from_note(n));
        return out;
    }
    std::set<std::string> covered;
    for (const StoredEntry& e : ReadEntries(m_store, hearing_id, notes)) {
        for (const auto* ids : {&e.a_ids, &e.b_ids}) covered.insert(ids->begin(), ids->end());
        std::string text = e.FinalText();
        if (Trim(text).empty()) continue;
        EntrySpeakers speakers = SpeakersOf(e, by_uuid);
        MinutesEntry m;
        m.ref = "entry:" + std::to_string(e.id);
        m.entry_id = e.id;
        m.provenance = e.status;
        m.offset_ms = e.time_ms;
        m.speaker = e.speaker;
        m.text = std::move(text);
        if (e.decision == ReviewDecision::None) {
            m.also_noted = e.also_noted;
            m.also_noted_by = e.also_noted_by;
        }
        // Both wordings are shown until a reviewer settled the difference.
        if (e.status == MergeStatus::Differs && e.decision == ReviewDecision::None && e.a_text != e.b_text) {
            m.text_a = e.a_text;
            m.text_b = e.b_text;
        }
        m.note_uuids = e.a_ids;
        m.note_uuids.insert(m.note_uuids.end(), e.b_ids.begin(), e.b_ids.end());
        // Kind and chain from the first live note of the entry (A before B).
        for (const std::string& id : m.note_uuids) {
            auto it = by_uuid.find(id);
            if (it == by_uuid.end()) continue;
            m.kind = it->second->kind;
            m.chain = it->second->chain;
            break;
        }
        m.speaker_id = ChosenSpeaker(e, speakers);
        if (speakers.conflict && e.decision != ReviewDecision::None) m.speaker = SpeakerName(people, m.speaker_id);
        if (speakers.conflict && e.decision == ReviewDecision::None) {
            m.speaker_conflict = true;
            m.speaker_a_id = speakers.a;
            m.speaker_b_id = speakers.b;
            m.speaker_a = SpeakerName(people, speakers.a);
            m.speaker_b = SpeakerName(people, speakers.b);
        }
        // Both texts kept although the reporters named different people: each text with its speaker.
        if (speakers.conflict && e.decision == ReviewDecision::KeepBoth && !e.a_text.empty() && !e.b_text.empty()) {
            MinutesEntry second = m;
            m.text = e.a_text;
            m.note_uuids = e.a_ids;
            m.speaker_id = speakers.a;
            m.speaker = SpeakerName(people, speakers.a);
            second.text = e.b_text;
            second.note_uuids = e.b_ids;
            second.speaker_id = speakers.b;
            second.speaker = SpeakerName(people, speakers.b);
            out.push_back(std::move(m));
            out.push_back(std::move(second));
            continue;
        }
        out.push_back(std::move(m));
    }
    // Notes imported after the merge are not lost: they join in time order until the next run.
    std::vector<MinutesEntry> late;
    for (const Note& n : notes)
        if (!covered.count(n.uuid)) late.push_back(from_note(n));
    if (!late.empty()) {
        std::vector<MinutesEntry> merged;
        std::merge(out.begin(), out.end(), late.begin(), late.end(), std::back_inserter(merged),
                   [](const MinutesEntry& x, const MinutesEntry& y) { return x.offset_ms < y.offset_ms; });
        out = std::move(merged);
    }
    return out;
}

} // namespace hd
