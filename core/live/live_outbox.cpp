#include "core/live/live_outbox.h"

#include <algorithm>

#include "core/store/db.h"
#include "core/base/uuid.h"

namespace hd {

LiveOutbox::LiveOutbox(PlanStore& store, int64_t hearing_id, char reporter)
    : m_store(store), m_hearing_id(hearing_id), m_reporter(reporter) {}

LiveOutbox::~LiveOutbox() = default;

std::string LiveOutbox::ClientId() {
    Database& db = m_store.Db();
    {
        Statement st(db, "SELECT client_id FROM live_identity WHERE id = 1");
        if (st.Step()) return st.Text(0);
    }
    std::string id = NewUuid();
    Transaction tx(db);
    Statement ins(db, "INSERT OR IGNORE INTO live_identity(id, client_id) VALUES(1, ?)");
    ins.Bind(1, id).Exec();
    tx.Commit();
    Statement st(db, "SELECT client_id FROM live_identity WHERE id = 1");
    st.Step();
    return st.Text(0);
}

namespace {
// This reporter's note versions in the hearing, oldest commit first, with whether the host has
// acknowledged them. Ties (same millisecond) fall back to the note's seq and the version, which are
// commit order too. `?3` skips revisions up to a rowid already scanned (incremental rescans).
constexpr const char* kPendingSql =
    "SELECT r.note_uuid, r.version, r.changed_at_ms, r.rowid, EXISTS (SELECT 1 FROM live_outbox o WHERE "
    "o.note_uuid = r.note_uuid AND o.version = r.version AND o.acked_at IS NOT NULL) "
    "FROM note_revision r JOIN note n ON n.uuid = r.note_uuid "
    "WHERE n.hearing_id = ?1 AND n.reporter = ?2 AND r.rowid > ?3 ORDER BY r.changed_at_ms, n.seq, r.version";
} // namespace

std::vector<LiveOutboxItem> LiveOutbox::Pending(int64_t after_rowid, int64_t* max_rowid) {
    Statement st(m_store.Db(), kPendingSql);
    st.Bind(1, m_hearing_id).Bind(2, std::string_view(&m_reporter, 1)).Bind(3, after_rowid);
    std::vector<LiveOutboxItem> out;
    int64_t mark = after_rowid;
    while (st.Step()) {
        mark = std::max(mark, st.Int(3));
        if (st.Int(4) == 0) out.push_back({st.Text(0), static_cast<int>(st.Int(1)), st.Int(2)});
    }
    if (max_rowid) *max_rowid = mark;
    return out;
}

int64_t LiveOutbox::PendingCount() {
    return static_cast<int64_t>(Pending().size());
}

std::optional<LiveNoteVersion> LiveOutbox::Load(const LiveOutboxItem& item) {
    if (!m_load)
        m_load = std::make_unique<Statement>(
            m_store.Db(),
            "SELECT n.seq, n.offset_ms, n.wall_time_ms, coalesce(p.uuid, ''), r.text, r.kind, r.chain, "
            "r.deleted, r.changed_at_ms, r.changed_by FROM note_revision r JOIN note n ON n.uuid = "
            "r.note_uuid LEFT JOIN participant p ON p.id = r.speaker_id WHERE r.note_uuid = ? AND "
            "r.version = ?");
    Statement& st = *m_load;
    st.Reset();
    st.Bind(1, item.note_uuid).Bind(2, item.version);
    if (!st.Step()) return std::nullopt;
    LiveNoteVersion v;
    v.uuid = item.note_uuid;
    v.version = item.version;
    v.seq = st.Int(0);
    v.offset_ms = st.Int(1);
    v.wall_time_ms = st.Int(2);
    v.speaker_uuid = st.Text(3);
    v.text = st.Text(4);
    v.kind = st.Text(5);
    v.chain = st.Text(6);
    v.deleted = st.Int(7) != 0;
    v.changed_at_ms = st.Int(8);
    v.changed_by = st.Text(9);
    st.Reset(); // a statement left on a row would pin this connection to an old snapshot
    return v;
}

std::vector<LiveOutboxItem> LiveOutbox::Acknowledged() {
    Statement st(m_store.Db(),
                 "SELECT o.note_uuid, o.version, o.queued_at FROM live_outbox o JOIN note n ON "
                 "n.uuid = o.note_uuid WHERE n.hearing_id = ? AND n.reporter = ? AND o.acked_at IS NOT NULL");
    st.Bind(1, m_hearing_id).Bind(2, std::string_view(&m_reporter, 1));
    std::vector<LiveOutboxItem> out;
    while (st.Step())
        out.push_back({st.Text(0), static_cast<int>(st.Int(1)), st.Int(2)});
    return out;
}

void LiveOutbox::MarkAcked(const std::vector<LiveOutboxItem>& items, int64_t acked_at_ms) {
    if (items.empty()) return;
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement st(db,
                 "INSERT INTO live_outbox(note_uuid, version, queued_at, acked_at) VALUES(?1, ?2, ?3, ?4) "
                 "ON CONFLICT(note_uuid, version) DO UPDATE SET acked_at = ?4");
    for (const LiveOutboxItem& it : items) {
        st.Reset();
        st.Bind(1, it.note_uuid).Bind(2, it.version).Bind(3, it.queued_at).Bind(4, acked_at_ms).Exec();
    }
    tx.Commit();
}

LiveDelivery LiveOutbox::Delivery(const std::string& note_uuid) {
    Statement st(m_store.Db(),
                 "SELECT 1 FROM note n JOIN live_outbox o ON o.note_uuid = n.uuid AND o.version = n.version "
                 "WHERE n.uuid = ? AND o.acked_at IS NOT NULL");
    st.Bind(1, note_uuid);
    return st.Step() ? LiveDelivery::Delivered : LiveDelivery::Local;
}

} // namespace hd
