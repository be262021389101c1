// [SECTION] index
//   Session (join code + salt) / Welcome and timer / Applying received note versions
#include "core/live/live_host_store.h"

#include <algorithm>

#include "core/store/db.h"
#include "core/base/errors.h"
#include "core/base/utf8.h"

namespace hd {

LiveHostStore::LiveHostStore(PlanStore& store, int64_t hearing_id)
    : m_store(store), m_hearing_id(hearing_id) {}

// [SECTION] Session
namespace {
void WriteSession(Database& db, int64_t hearing_id, const LiveSessionRecord& rec) {
    Transaction tx(db);
    Statement st(
        db, "INSERT INTO live_session(hearing_id, join_code, salt_hex, created_at) VALUES(?1, ?2, ?3, ?4) "
            "ON CONFLICT(hearing_id) DO UPDATE SET join_code = ?2, salt_hex = ?3, created_at = ?4");
    st.Bind(1, hearing_id).Bind(2, rec.join_code).Bind(3, ToHex(rec.salt)).Bind(4, NowWallMs()).Exec();
    tx.Commit();
}

LiveSessionRecord NewRecord(const std::string& code) {
    LiveSessionRecord rec;
    rec.join_code = code;
    rec.salt = RandomSalt();
    return rec;
}
} // namespace

LiveSessionRecord LiveHostStore::LoadOrCreateSession(const std::string& requested_code, bool fresh) {
    if (!m_store.GetHearing(m_hearing_id))
        throw UserError("live.err_no_hearing",
                        "There is no hearing with id " + std::to_string(m_hearing_id) + ".",
                        {std::to_string(m_hearing_id)});
    std::optional<std::string> requested;
    if (!requested_code.empty()) {
        requested = NormalizeJoinCode(requested_code);
        if (!requested)
            throw InputError("live.err_bad_code_format",
                             "A join code is 8 letters or digits, like ABCD-2345 (not " + requested_code +
                                 ").",
                             {requested_code});
    }
    Database& db = m_store.Db();
    Statement st(db, "SELECT join_code, salt_hex FROM live_session WHERE hearing_id = ?");
    st.Bind(1, m_hearing_id);
    if (!fresh && st.Step()) {
        LiveSessionRecord rec;
        rec.join_code = st.Text(0);
        auto salt = FromHex(st.Text(1));
        if (salt && salt->size() == rec.salt.size() && (!requested || *requested == rec.join_code)) {
            std::copy(salt->begin(), salt->end(), rec.salt.begin());
            return rec;
        }
    }
    st.Reset();
    LiveSessionRecord rec = NewRecord(requested ? *requested : *NormalizeJoinCode(GenerateJoinCode()));
    WriteSession(db, m_hearing_id, rec);
    return rec;
}

LiveSessionRecord LiveHostStore::ReplaceSession() {
    LiveSessionRecord rec = NewRecord(*NormalizeJoinCode(GenerateJoinCode()));
    WriteSession(m_store.Db(), m_hearing_id, rec);
    return rec;
}

// [SECTION] Welcome and timer
LiveTimerState LiveHostStore::CurrentTimer() {
    LiveTimerState t;
    auto h = m_store.GetHearing(m_hearing_id);
    if (!h) return t;
    t.current_question = h->current_question;
    t.running = h->clock_started_wall_ms > 0;
    t.offset_ms = PlanStore::ClockOffsetMs(*h, NowWallMs());
    t.question_started_offset_ms = h->question_started_offset_ms;
    return t;
}

LiveWelcome LiveHostStore::BuildWelcome(const std::vector<std::string>& promoted) {
    LiveWelcome w;
    w.promoted = promoted;
    auto h = m_store.GetHearing(m_hearing_id);
    if (!h) return w;
    LiveHearingInfo& info = w.hearing;
    info.hearing_uuid = h->uuid;
    info.date = h->date;
    info.location = h->location;
    info.moderator = h->moderator;
    if (auto theme = m_store.GetTheme(h->theme_id)) {
        info.theme_title = theme->title;
        info.problem_statement = theme->problem_statement;
        info.context = theme->context;
        for (const Question& q : theme->questions)
            info.questions.push_back({q.text, q.budget_minutes});
    }
    for (int64_t pid : h->participant_ids) {
        if (auto p = m_store.GetParticipant(pid))
            info.participants.push_back({p->uuid, p->name, p->organisation, p->discipline, p->consent_named});
    }
    w.timer = CurrentTimer();
    return w;
}

// [SECTION] Applying received note versions
namespace {
// Prepared once per batch: a batch of hundreds of notes should not prepare SQL per note.
struct ApplyStatements {
    explicit ApplyStatements(Database& db)
        : speaker(db, "SELECT id FROM participant WHERE uuid = ?"),
          current(db, "SELECT hearing_id, reporter, version FROM note WHERE uuid = ?"),
          insert(
              db,
              "INSERT INTO note(uuid, hearing_id, reporter, seq, offset_ms, wall_time_ms, speaker_id, text, "
              "kind, chain, deleted, version) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          update(db,
                 "UPDATE note SET text = ?, kind = ?, chain = ?, speaker_id = ?, deleted = ?, version = ? "
                 "WHERE uuid = ?"),
          revision(db,
                   "INSERT OR IGNORE INTO note_revision(note_uuid, version, text, kind, chain, speaker_id, "
                   "deleted, changed_at_ms, changed_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)") {}
    Statement speaker, current, insert, update, revision;
};

int64_t SpeakerId(ApplyStatements& st, const std::string& speaker_uuid) {
    if (speaker_uuid.empty()) return 0;
    st.speaker.Reset();
    st.speaker.Bind(1, speaker_uuid);
    return st.speaker.Step() ? st.speaker.Int(0) : 0;
}

void BindSpeaker(Statement& st, int index, int64_t speaker) {
    if (speaker > 0)
        st.Bind(index, speaker);
    else
        st.BindNull(index);
}

void ApplyOne(Database& db, ApplyStatements& st, int64_t hearing_id, char reporter, const LiveNoteVersion& v,
              LiveApplyResult& result) {
    auto kind = NoteKindFromKey(v.kind);
    auto chain = SafetyChainFromKey(v.chain);
    if (v.uuid.empty() || v.version < 1 || v.text.size() > kMaxNoteBytes || !IsValidUtf8(v.text) ||
        !IsValidUtf8(v.changed_by) || !kind || !chain) {
        ++result.rejected;
        return;
    }
    int64_t speaker = SpeakerId(st, v.speaker_uuid);
    Statement& cur = st.current;
    cur.Reset();
    cur.Bind(1, v.uuid);
    bool exists = cur.Step();
    if (exists && (cur.Int(0) != hearing_id || cur.Text(1) != std::string(1, reporter))) {
        // A reporter may only write its own notes of this hearing.
        ++result.rejected;
        return;
    }
    int current_version = exists ? static_cast<int>(cur.Int(2)) : 0;
    cur.Reset();
    bool wrote = false;
    int idx = reporter == 'B' ? 1 : 0;
    if (!exists) {
        Statement& ins = st.insert;
        ins.Reset();
        ins.Bind(1, v.uuid).Bind(2, hearing_id).Bind(3, std::string_view(&reporter, 1)).Bind(4, v.seq);
        ins.Bind(5, v.offset_ms).Bind(6, v.wall_time_ms);
        BindSpeaker(ins, 7, speaker);
        ins.Bind(8, v.text).Bind(9, ToKey(*kind)).Bind(10, ToKey(*chain)).Bind(11, v.deleted ? 1 : 0);
        ins.Bind(12, v.version).Exec();
        wrote = true;
        ++result.new_notes[idx];
        result.max_seq[idx] = std::max(result.max_seq[idx], v.seq);
    } else if (v.version > current_version) {
        Statement& up = st.update;
        up.Reset();
        up.Bind(1, v.text).Bind(2, ToKey(*kind)).Bind(3, ToKey(*chain));
        BindSpeaker(up, 4, speaker);
        up.Bind(5, v.deleted ? 1 : 0).Bind(6, v.version).Bind(7, v.uuid).Exec();
        wrote = true;
    }
    // History is filled in whatever order versions arrive; a known version is left as it is.
    Statement& rev = st.revision;
    rev.Reset();
    rev.Bind(1, v.uuid).Bind(2, v.version).Bind(3, v.text).Bind(4, ToKey(*kind)).Bind(5, ToKey(*chain));
    BindSpeaker(rev, 6, speaker);
    rev.Bind(7, v.deleted ? 1 : 0).Bind(8, v.changed_at_ms).Bind(9, v.changed_by).Exec();
    bool new_revision = db.Changes() > 0;
    if (wrote || new_revision) {
        ++result.stored;
        result.stored_uuids.push_back(v.uuid);
    } else {
        ++result.duplicates;
    }
}
} // namespace

LiveApplyResult LiveHostStore::ApplyBatch(const std::vector<Incoming>& batch) {
    LiveApplyResult result;
    if (batch.empty()) return result;
    // One transaction for the batch: PlanStore::InsertNoteIfNew would commit (and fsync) per note;
    // the same rows are written here so that many notes share one durable commit.
    Database& db = m_store.Db();
    Transaction tx(db);
    {
        ApplyStatements st(db);
        for (const Incoming& in : batch)
            ApplyOne(db, st, m_hearing_id, in.reporter, in.version, result);
    }
    tx.Commit();
    return result;
}

LiveReporterCounts LiveHostStore::Counts(char reporter) {
    LiveReporterCounts c;
    Statement st(m_store.Db(),
                 "SELECT count(*), coalesce(max(seq), 0) FROM note WHERE hearing_id = ? AND reporter = ?");
    st.Bind(1, m_hearing_id).Bind(2, std::string_view(&reporter, 1)).Step();
    c.notes = st.Int(0);
    c.max_seq = st.Int(1);
    return c;
}

} // namespace hd
