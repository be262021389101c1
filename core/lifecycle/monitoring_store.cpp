// [SECTION] index: keys / checks / rows / MonitoringStore / counts
#include <cmath>

#include "core/base/errors.h"
#include "core/base/utf8.h"
#include "core/cluster/objective_store.h"
#include "core/lifecycle/monitoring.h"
#include "core/plan/action_store.h"
#include "core/store/db.h"
#include "core/store/store.h"

namespace hd {

// [SECTION] Keys
std::string_view ToKey(MonitoringStatus s) {
    switch (s) {
    case MonitoringStatus::Planned: return "planned";
    case MonitoringStatus::Running: return "running";
    case MonitoringStatus::Done: return "done";
    case MonitoringStatus::Dropped: return "dropped";
    }
    return "planned";
}

std::optional<MonitoringStatus> MonitoringStatusFromKey(std::string_view key) {
    for (MonitoringStatus s : kAllMonitoringStatuses)
        if (ToKey(s) == key) return s;
    return std::nullopt;
}

std::string_view ToKey(MonitoringTarget t) { return t == MonitoringTarget::Action ? "action" : "objective"; }

namespace {
// [SECTION] Checks
bool TargetExists(PlanStore& store, MonitoringTarget target, int64_t id) {
    Database& db = store.Db();
    if (target == MonitoringTarget::Action) return ActionStore(store).GetAction(id).has_value();
    Statement st(db, "SELECT 1 FROM objective WHERE id = ? AND accepted = 1");
    st.Bind(1, id);
    return st.Step();
}

void Check(PlanStore& store, const MonitoringEntry& e) {
    Database& db = store.Db();
    if (e.year < 1900 || e.year > 2200)
        throw InputError("monitoring.err_year", "The year " + std::to_string(e.year) + " is not a plan year.",
                         {std::to_string(e.year)});
    if (!TargetExists(store, e.target, e.target_id))
        throw InputError(e.target == MonitoringTarget::Action ? "monitoring.err_no_action" : "monitoring.err_no_objective",
                         "There is no " + std::string(ToKey(e.target)) + " " + std::to_string(e.target_id) +
                             " to follow up (only accepted objectives and existing actions).",
                         {std::to_string(e.target_id)});
    if (!IsValidUtf8(e.note)) throw InputError("monitoring.err_utf8", "The note is not valid UTF-8.");
    if (e.note.size() > kMaxMonitoringNoteBytes)
        throw InputError("monitoring.err_note_long", "The note is longer than 4000 bytes.");
    if (e.indicator_value && (!std::isfinite(*e.indicator_value) || e.indicator_id == 0))
        throw InputError("monitoring.err_value", "A figure needs an indicator and must be a number.");
    if (e.indicator_id) {
        Statement st(db, "SELECT 1 FROM indicator WHERE id = ?");
        st.Bind(1, e.indicator_id);
        if (!st.Step())
            throw InputError("monitoring.err_indicator", "There is no indicator " + std::to_string(e.indicator_id) + ".",
                             {std::to_string(e.indicator_id)});
    }
}

MonitoringEntry ReadEntry(Statement& st) {
    MonitoringEntry e;
    e.year = static_cast<int>(st.Int(0));
    e.target = st.Text(1) == "action" ? MonitoringTarget::Action : MonitoringTarget::Objective;
    e.target_id = st.Int(2);
    e.status = MonitoringStatusFromKey(st.Text(3)).value_or(MonitoringStatus::Planned);
    e.note = st.Text(4);
    e.indicator_id = st.Int(5);
    if (!st.IsNull(6)) e.indicator_value = st.Double(6);
    e.updated_by = st.Text(7);
    e.updated_at_ms = st.Int(8);
    return e;
}

constexpr const char* kEntryColumns =
    "SELECT year, target_kind, target_id, status, note, indicator_id, indicator_value, updated_by, updated_at_ms "
    "FROM monitoring_entry ";

// [SECTION] Rows: the actions of a tactical objective that run in `year` or are not scheduled yet,
// read through ActionStore (the one owner of how actions are read).
void AddActions(const std::vector<Action>& actions, const MonitoringRow& objective, int year, std::vector<MonitoringRow>& out) {
    for (const Action& a : actions) {
        if (a.start_year != 0 && !a.RunsIn(year)) continue;
        MonitoringRow r;
        r.target = MonitoringTarget::Action;
        r.target_id = a.id;
        r.theme_id = objective.theme_id;
        r.domain = objective.domain;
        r.objective_id = objective.target_id;
        r.title = a.description;
        r.years = FormatYears(a);
        out.push_back(std::move(r));
    }
}
} // namespace

// [SECTION] MonitoringStore
MonitoringStore::MonitoringStore(PlanStore& store) : m_store(store) {}

std::vector<MonitoringRow> MonitoringStore::Rows(int year) {
    std::vector<MonitoringRow> out;
    ObjectiveStore objectives(m_store);
    ActionStore actions(m_store);
    for (const Theme& t : m_store.ListThemes())
        for (const Objective& o : objectives.ListObjectives(t.id)) {
            if (!o.accepted) continue;
            MonitoringRow r;
            r.target_id = o.id;
            r.theme_id = t.id;
            r.domain = t.title;
            r.strategic = o.level == ObjectiveLevel::Strategic;
            r.title = o.title;
            out.push_back(r);
            if (!r.strategic) AddActions(actions.ListActions(o.id), r, year, out);
        }
    for (MonitoringRow& r : out) r.entry = Get(year, r.target, r.target_id);
    return out;
}

std::vector<MonitoringEntry> MonitoringStore::Entries(int year) {
    std::vector<MonitoringEntry> out;
    Statement st(m_store.Db(), (std::string(kEntryColumns) + "WHERE year = ? ORDER BY target_kind, target_id").c_str());
    st.Bind(1, year);
    while (st.Step()) out.push_back(ReadEntry(st));
    return out;
}

std::optional<MonitoringEntry> MonitoringStore::Get(int year, MonitoringTarget target, int64_t target_id) {
    Statement st(m_store.Db(), (std::string(kEntryColumns) + "WHERE year = ? AND target_kind = ? AND target_id = ?").c_str());
    st.Bind(1, year).Bind(2, ToKey(target)).Bind(3, target_id);
    if (!st.Step()) return std::nullopt;
    return ReadEntry(st);
}

void MonitoringStore::Set(const MonitoringEntry& e, const std::string& by) {
    Database& db = m_store.Db();
    Check(m_store, e);
    Statement st(db, "INSERT INTO monitoring_entry(year, target_kind, target_id, status, note, indicator_id, indicator_value, "
                     "updated_by, updated_at_ms) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT(year, target_kind, target_id) DO UPDATE SET status = excluded.status, note = excluded.note, "
                     "indicator_id = excluded.indicator_id, indicator_value = excluded.indicator_value, "
                     "updated_by = excluded.updated_by, updated_at_ms = excluded.updated_at_ms");
    st.Bind(1, e.year).Bind(2, ToKey(e.target)).Bind(3, e.target_id).Bind(4, ToKey(e.status)).Bind(5, e.note);
    st.Bind(6, e.indicator_id);
    if (e.indicator_value) st.Bind(7, *e.indicator_value);
    else st.BindNull(7);
    st.Bind(8, by).Bind(9, NowWallMs());
    st.Exec();
}

void MonitoringStore::Clear(int year, MonitoringTarget target, int64_t target_id) {
    Statement st(m_store.Db(), "DELETE FROM monitoring_entry WHERE year = ? AND target_kind = ? AND target_id = ?");
    st.Bind(1, year).Bind(2, ToKey(target)).Bind(3, target_id);
    st.Exec();
}

std::vector<int> MonitoringStore::Years() {
    std::vector<int> out;
    Statement st(m_store.Db(), "SELECT DISTINCT year FROM monitoring_entry ORDER BY year");
    while (st.Step()) out.push_back(static_cast<int>(st.Int(0)));
    return out;
}

// [SECTION] Counts
StatusCounts CountStatuses(const std::vector<MonitoringRow>& rows, MonitoringTarget target) {
    StatusCounts c;
    for (const MonitoringRow& r : rows) {
        if (r.target != target) continue;
        MonitoringStatus s = r.entry ? r.entry->status : MonitoringStatus::Planned;
        ++c.counts[static_cast<int>(s)];
        ++c.total;
    }
    return c;
}

} // namespace hd
