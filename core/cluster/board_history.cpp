// [SECTION] index: capture / restore (clusters, members, objectives) / history stacks
#include "core/cluster/board_history.h"

#include <algorithm>
#include <set>
#include <utility>

#include "core/base/errors.h"
#include "core/store/db.h"
#include "core/store/store.h"

namespace hd {

bool BoardSnapshot::SameBoard(const BoardSnapshot& other) const {
    if (theme_id != other.theme_id || clusters != other.clusters || members != other.members) return false;
    if (objectives.size() != other.objectives.size()) return false;
    for (size_t i = 0; i < objectives.size(); ++i) {
        const Objective &a = objectives[i], &b = other.objectives[i];
        if (a.id != b.id || a.title != b.title || a.accepted != b.accepted || a.cluster_id != b.cluster_id) return false;
    }
    return true;
}

// [SECTION] Capture
BoardSnapshot CaptureBoard(PlanStore& store, int64_t theme_id) {
    BoardSnapshot s;
    s.theme_id = theme_id;
    Database& db = store.Db();
    {
        Statement st(db, "SELECT id, position, label, manual_name, pinned, representative_uuid, disciplines "
                         "FROM cluster WHERE theme_id = ? ORDER BY id");
        st.Bind(1, theme_id);
        while (st.Step())
            s.clusters.push_back({st.Int(0), st.Int(1), st.Text(2), st.Text(3), st.Text(5), st.Text(6), st.Int(4) != 0});
    }
    {
        Statement st(db, "SELECT m.note_uuid, m.cluster_id, m.manual FROM cluster_member m "
                         "JOIN cluster c ON c.id = m.cluster_id WHERE c.theme_id = ? ORDER BY m.note_uuid");
        st.Bind(1, theme_id);
        while (st.Step()) s.members.push_back({st.Text(0), st.Int(1), st.Int(2) != 0});
    }
    s.objectives = ObjectiveStore(store).ListObjectives(theme_id);
    return s;
}

// [SECTION] Restore
namespace {
void RestoreClusters(Database& db, const BoardSnapshot& s) {
    std::set<int64_t> wanted;
    for (const BoardSnapshot::Cluster& c : s.clusters) wanted.insert(c.id);
    std::vector<int64_t> now;
    {
        Statement st(db, "SELECT id FROM cluster WHERE theme_id = ?");
        st.Bind(1, s.theme_id);
        while (st.Step()) now.push_back(st.Int(0));
    }
    for (int64_t id : now) {
        if (wanted.count(id)) continue;
        Statement del(db, "DELETE FROM cluster WHERE id = ?"); // members go with it (ON DELETE CASCADE)
        del.Bind(1, id).Exec();
    }
    for (const BoardSnapshot::Cluster& c : s.clusters) {
        Statement owner(db, "SELECT theme_id FROM cluster WHERE id = ?");
        owner.Bind(1, c.id);
        if (owner.Step() && owner.Int(0) != s.theme_id)
            throw UserError("board.undo_conflict", "The board was changed elsewhere meanwhile; this step cannot be undone.");
        Statement st(db, "INSERT INTO cluster(id, theme_id, position, label, manual_name, pinned, representative_uuid, "
                         "disciplines) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(id) DO UPDATE SET "
                         "position = ?3, label = ?4, manual_name = ?5, pinned = ?6, representative_uuid = ?7, disciplines = ?8");
        st.Bind(1, c.id).Bind(2, s.theme_id).Bind(3, c.position).Bind(4, c.label).Bind(5, c.manual_name);
        st.Bind(6, c.pinned ? 1 : 0).Bind(7, c.representative_uuid).Bind(8, c.disciplines).Exec();
    }
}

void RestoreMembers(Database& db, const BoardSnapshot& s) {
    Statement clear(db, "DELETE FROM cluster_member WHERE cluster_id IN (SELECT id FROM cluster WHERE theme_id = ?)");
    clear.Bind(1, s.theme_id).Exec();
    Statement ins(db, "INSERT INTO cluster_member(note_uuid, cluster_id, manual) VALUES (?, ?, ?) "
                      "ON CONFLICT(note_uuid) DO UPDATE SET cluster_id = excluded.cluster_id, manual = excluded.manual");
    for (const BoardSnapshot::Member& m : s.members) {
        ins.Bind(1, m.note_uuid).Bind(2, m.cluster_id).Bind(3, m.manual ? 1 : 0);
        ins.Exec();
        ins.Reset();
    }
}

void BindCluster(Statement& st, int index, int64_t cluster_id) {
    if (cluster_id) st.Bind(index, cluster_id);
    else st.BindNull(index);
}

// A proposal deleted by a merge comes back whole, and one the snapshot did not have goes (as the
// merge deleted it); the rest only get back what actions change. Accepted objectives made since
// (written by hand) stay.
void RestoreObjectives(Database& db, const BoardSnapshot& s) {
    std::set<int64_t> wanted;
    for (const Objective& o : s.objectives) wanted.insert(o.id);
    std::vector<int64_t> extra;
    {
        Statement st(db, "SELECT id FROM objective WHERE theme_id = ? AND accepted = 0");
        st.Bind(1, s.theme_id);
        while (st.Step())
            if (!wanted.count(st.Int(0))) extra.push_back(st.Int(0));
    }
    for (int64_t id : extra) {
        Statement del(db, "DELETE FROM objective WHERE id = ?");
        del.Bind(1, id).Exec();
    }
    for (const Objective& o : s.objectives) {
        Statement exists(db, "SELECT theme_id FROM objective WHERE id = ?");
        exists.Bind(1, o.id);
        if (exists.Step()) {
            if (exists.Int(0) != s.theme_id)
                throw UserError("board.undo_conflict", "The board was changed elsewhere meanwhile; this step cannot be undone.");
            // Only what differs is written, so an accepted objective's audit trail records real changes.
            Statement st(db, "UPDATE objective SET title = ?1 WHERE id = ?2 AND title IS NOT ?1");
            st.Bind(1, o.title).Bind(2, o.id).Exec();
            Statement up(db, "UPDATE objective SET accepted = ?, cluster_id = ? WHERE id = ?");
            up.Bind(1, o.accepted ? 1 : 0);
            BindCluster(up, 2, o.cluster_id);
            up.Bind(3, o.id).Exec();
            continue;
        }
        Statement st(db, "INSERT INTO objective(id, theme_id, level, position, title, why, what, how, chain, accepted, "
                         "cluster_id, sub_theme_id, reactive_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.Bind(1, o.id).Bind(2, s.theme_id).Bind(3, ToKey(o.level)).Bind(4, o.position).Bind(5, o.title);
        st.Bind(6, o.why).Bind(7, o.what).Bind(8, o.how).Bind(9, ToKey(o.chain)).Bind(10, o.accepted ? 1 : 0);
        BindCluster(st, 11, o.cluster_id);
        if (o.sub_theme_id) st.Bind(12, o.sub_theme_id);
        else st.BindNull(12);
        st.Bind(13, ToKey(o.reactive)).Exec();
        Statement link(db, "INSERT OR IGNORE INTO objective_note(objective_id, note_uuid, role) VALUES (?, ?, ?)");
        for (const ObjectiveNote& n : o.notes) {
            link.Bind(1, o.id).Bind(2, n.note_uuid).Bind(3, n.role);
            link.Exec();
            link.Reset();
        }
    }
}
} // namespace

void RestoreBoard(PlanStore& store, const BoardSnapshot& snapshot) {
    Database& db = store.Db();
    Transaction tx(db);
    RestoreClusters(db, snapshot);
    RestoreMembers(db, snapshot);
    RestoreObjectives(db, snapshot);
    tx.Commit();
}

// [SECTION] History stacks
void BoardHistory::Record(std::string action, BoardSnapshot before) {
    m_undo.push_back({std::move(action), std::move(before)});
    if (m_undo.size() > kLimit) m_undo.erase(m_undo.begin());
    m_redo.clear();
}

std::string BoardHistory::Undo(PlanStore& store) {
    if (m_undo.empty()) return {};
    Step& step = m_undo.back();
    BoardSnapshot now = CaptureBoard(store, step.before.theme_id);
    RestoreBoard(store, step.before); // throws before the stacks change
    std::string action = step.action;
    m_redo.push_back({action, std::move(now)});
    m_undo.pop_back();
    return action;
}

std::string BoardHistory::Redo(PlanStore& store) {
    if (m_redo.empty()) return {};
    Step& step = m_redo.back();
    BoardSnapshot now = CaptureBoard(store, step.before.theme_id);
    RestoreBoard(store, step.before);
    std::string action = step.action;
    m_undo.push_back({action, std::move(now)});
    m_redo.pop_back();
    return action;
}

void BoardHistory::Clear() {
    m_undo.clear();
    m_redo.clear();
}

} // namespace hd
