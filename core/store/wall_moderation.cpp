#include "core/store/wall_moderation.h"

#include "core/base/errors.h"
#include "core/store/db.h"
#include "core/store/store.h"

namespace hd {

WallStore::WallStore(PlanStore& store) : m_store(store) {}

WallModeration WallStore::Load(int64_t hearing_id) {
    WallModeration out;
    Statement st(m_store.Db(), "SELECT note_uuid, state FROM wall_moderation WHERE hearing_id = ?");
    st.Bind(1, hearing_id);
    while (st.Step()) {
        if (st.Text(1) == "spotlight") out.spotlight_uuid = st.Text(0);
        else out.hidden.insert(st.Text(0));
    }
    return out;
}

namespace {
void RequireHearing(PlanStore& store, int64_t hearing_id) {
    if (!store.GetHearing(hearing_id))
        throw UserError("wall.no_such_hearing", "There is no hearing with id " + std::to_string(hearing_id) + ".",
                        {std::to_string(hearing_id)});
}

void Forget(Database& db, int64_t hearing_id, const std::string& note_uuid) {
    Statement st(db, "DELETE FROM wall_moderation WHERE hearing_id = ? AND note_uuid = ?");
    st.Bind(1, hearing_id).Bind(2, note_uuid).Exec();
}

void Put(Database& db, int64_t hearing_id, const std::string& note_uuid, const char* state) {
    Statement st(db, "INSERT INTO wall_moderation(hearing_id, note_uuid, state) VALUES (?, ?, ?)");
    st.Bind(1, hearing_id).Bind(2, note_uuid).Bind(3, state).Exec();
}
} // namespace

void WallStore::SetHidden(int64_t hearing_id, const std::string& note_uuid, bool hidden) {
    RequireHearing(m_store, hearing_id);
    Database& db = m_store.Db();
    Transaction tx(db);
    Forget(db, hearing_id, note_uuid);
    if (hidden) Put(db, hearing_id, note_uuid, "hidden");
    tx.Commit();
}

void WallStore::SetSpotlight(int64_t hearing_id, const std::string& note_uuid) {
    RequireHearing(m_store, hearing_id);
    Database& db = m_store.Db();
    Transaction tx(db);
    {
        Statement st(db, "DELETE FROM wall_moderation WHERE hearing_id = ? AND state = 'spotlight'");
        st.Bind(1, hearing_id).Exec();
    }
    if (!note_uuid.empty()) {
        Forget(db, hearing_id, note_uuid);
        Put(db, hearing_id, note_uuid, "spotlight");
    }
    tx.Commit();
}

} // namespace hd
