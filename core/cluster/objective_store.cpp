// [SECTION] index: keys and majority / reading / proposing / accepting and editing
#include "core/cluster/objective_store.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "core/cluster/cluster_store.h"
#include "core/cluster/contribution.h"
#include "core/cluster/proposal_text.h"
#include "core/base/utf8.h"
#include "core/base/i18n.h"
#include <cmath>
#include "core/store/db.h"
#include "core/base/errors.h"
#include "core/store/store.h"

namespace hd {

std::string_view ToKey(ObjectiveLevel level) { return level == ObjectiveLevel::Strategic ? "strategic" : "tactical"; }

SafetyChain MajorityChain(const std::vector<SafetyChain>& chains) {
    std::map<int, int> count;
    for (SafetyChain c : chains)
        if (c != SafetyChain::None) ++count[static_cast<int>(c)];
    SafetyChain best = SafetyChain::None;
    int best_n = 0;
    for (const auto& [c, n] : count) // ascending chain order, so ties keep the earlier link
        if (n > best_n) { best_n = n; best = static_cast<SafetyChain>(c); }
    return best;
}

ObjectiveStore::ObjectiveStore(PlanStore& store) : m_store(store) {}

// [SECTION] Reading
namespace {
constexpr const char* kObjectiveColumns =
    "SELECT id, theme_id, level, position, title, why, what, how, chain, accepted, COALESCE(cluster_id, 0), "
    "COALESCE(sub_theme_id, 0), reactive_kind FROM objective ";

Objective ReadObjective(Statement& st) {
    Objective o;
    o.id = st.Int(0);
    o.theme_id = st.Int(1);
    o.level = st.Text(2) == "strategic" ? ObjectiveLevel::Strategic : ObjectiveLevel::Tactical;
    o.position = static_cast<int>(st.Int(3));
    o.title = st.Text(4);
    o.why = st.Text(5);
    o.what = st.Text(6);
    o.how = st.Text(7);
    o.chain = SafetyChainFromKey(st.Text(8)).value_or(SafetyChain::None);
    o.accepted = st.Int(9) != 0;
    o.cluster_id = st.Int(10);
    o.sub_theme_id = st.Int(11);
    o.reactive = ReactiveKindFromKey(st.Text(12)).value_or(ReactiveKind::None);
    return o;
}

void LoadNotes(Database& db, Objective& o) {
    Statement st(db, "SELECT note_uuid, role FROM objective_note WHERE objective_id = ? ORDER BY rowid");
    st.Bind(1, o.id);
    while (st.Step()) o.notes.push_back({st.Text(0), st.Text(1)});
}

} // namespace

std::vector<Objective> ObjectiveStore::ListObjectives(int64_t theme_id) {
    std::string sql = std::string(kObjectiveColumns) +
                      "WHERE theme_id = ? ORDER BY CASE level WHEN 'strategic' THEN 0 ELSE 1 END, position, id";
    Statement st(m_store.Db(), sql.c_str());
    st.Bind(1, theme_id);
    std::vector<Objective> out;
    while (st.Step()) out.push_back(ReadObjective(st));
    for (Objective& o : out) LoadNotes(m_store.Db(), o);
    return out;
}

std::optional<Objective> ObjectiveStore::GetObjective(int64_t id) {
    std::string sql = std::string(kObjectiveColumns) + "WHERE id = ?";
    Statement st(m_store.Db(), sql.c_str());
    st.Bind(1, id);
    if (!st.Step()) return std::nullopt;
    Objective o = ReadObjective(st);
    LoadNotes(m_store.Db(), o);
    return o;
}

Objective ObjectiveStore::Require(int64_t id) {
    auto o = GetObjective(id);
    if (!o)
        throw UserError("objective.no_such_objective", "There is no objective with id " + std::to_string(id) + ".",
                        {std::to_string(id)});
    return *o;
}

// [SECTION] Proposing
namespace {
int64_t InsertObjective(Database& db, const Objective& o) {
    Statement st(db, "INSERT INTO objective(theme_id, level, position, title, why, what, how, chain, accepted, cluster_id) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)");
    st.Bind(1, o.theme_id).Bind(2, ToKey(o.level)).Bind(3, o.position).Bind(4, o.title).Bind(5, o.why);
    st.Bind(6, o.what).Bind(7, o.how).Bind(8, ToKey(o.chain));
    if (o.cluster_id) st.Bind(9, o.cluster_id);
    else st.BindNull(9);
    st.Exec();
    int64_t id = db.LastInsertId();
    Statement link(db, "INSERT OR IGNORE INTO objective_note(objective_id, note_uuid, role) VALUES (?, ?, ?)");
    for (const ObjectiveNote& n : o.notes) {
        link.Bind(1, id).Bind(2, n.note_uuid).Bind(3, n.role);
        link.Exec();
        link.Reset();
    }
    return id;
}
} // namespace

size_t ObjectiveStore::ProposeObjectives(int64_t theme_id) {
    TextAnalyzer analyzer(FindAssetsDir());
    return ProposeObjectives(theme_id, analyzer);
}

namespace {
// How close each member is to its cluster's centroid (cosine), the measure of "most representative".
std::vector<float> Representativeness(const std::vector<SparseVector>& vectors, const std::vector<size_t>& members) {
    std::map<uint32_t, float> centroid;
    for (size_t m : members)
        for (size_t i = 0; i < vectors[m].index.size(); ++i) centroid[vectors[m].index[i]] += vectors[m].value[i];
    double norm = 0.0;
    for (const auto& [f, v] : centroid) norm += static_cast<double>(v) * v;
    std::vector<float> out;
    for (size_t m : members) {
        double dot = 0.0;
        for (size_t i = 0; i < vectors[m].index.size(); ++i) dot += vectors[m].value[i] * centroid[vectors[m].index[i]];
        out.push_back(norm > 0.0 ? static_cast<float>(dot / std::sqrt(norm)) : 0.0f);
    }
    return out;
}
} // namespace

size_t ObjectiveStore::ProposeObjectives(int64_t theme_id, const TextAnalyzer& analyzer) {
    auto theme = m_store.GetTheme(theme_id);
    if (!theme)
        throw UserError("cluster.no_such_theme", "There is no theme with id " + std::to_string(theme_id) + ".",
                        {std::to_string(theme_id)});
    std::vector<Contribution> contribs = ThemeContributions(m_store, theme_id);

    // Clusters and members straight from the tables (ordered like the board).
    struct Row {
        int64_t id;
        std::string name, manual_name;
        std::vector<const Contribution*> members;
    };
    std::vector<Row> rows;
    std::unordered_map<int64_t, size_t> slot;
    {
        Statement st(m_store.Db(), "SELECT id, CASE WHEN manual_name <> '' THEN manual_name ELSE label END, manual_name "
                                   "FROM cluster WHERE theme_id = ? ORDER BY position, id");
        st.Bind(1, theme_id);
        while (st.Step()) {
            slot[st.Int(0)] = rows.size();
            rows.push_back({st.Int(0), st.Text(1), st.Text(2), {}});
        }
    }
    {
        auto placed = ContributionPlacements(m_store, theme_id, contribs);
        for (const Contribution& c : contribs)
            if (auto it = placed.find(c.uuid); it != placed.end()) rows[slot[it->second.cluster_id]].members.push_back(&c);
    }

    // Features of every placed note, for key phrases and representativeness.
    std::vector<std::string> texts;
    std::vector<int> assignment;
    std::vector<std::vector<size_t>> member_index(rows.size());
    std::vector<const Contribution*> all;
    for (size_t r = 0; r < rows.size(); ++r)
        for (const Contribution* c : rows[r].members) {
            member_index[r].push_back(texts.size());
            texts.push_back(c->text);
            assignment.push_back(static_cast<int>(r));
            all.push_back(c);
        }
    Clustering model = ClusteringFromAssignment(analyzer, texts, assignment);
    ProposalWording wording;
    wording.language = LanguageOfNotes(analyzer, all);

    std::vector<Objective> existing = ListObjectives(theme_id);
    bool strategic_accepted = false;
    std::set<int64_t> covered; // clusters with an accepted objective
    for (const Objective& o : existing) {
        if (!o.accepted) continue;
        if (o.level == ObjectiveLevel::Strategic) strategic_accepted = true;
        if (o.cluster_id) covered.insert(o.cluster_id);
    }

    Database& db = m_store.Db();
    Transaction tx(db);
    {
        Statement del(db, "DELETE FROM objective WHERE theme_id = ? AND accepted = 0");
        del.Bind(1, theme_id).Exec();
    }
    size_t written = 0;
    std::vector<std::string> tactical_titles;
    std::vector<ObjectiveNote> strategic_links;
    std::vector<std::pair<size_t, std::string>> topics; // (size, name) of clusters, for the strategic why
    const Contribution* key_problem = nullptr;
    size_t key_problem_size = 0;
    int position = 0;
    for (size_t r = 0; r < rows.size(); ++r) {
        const Row& row = rows[r];
        if (row.members.empty()) continue;
        std::vector<std::string> phrases;
        if (!row.manual_name.empty()) phrases.push_back(row.manual_name);
        if (r < model.clusters.size())
            for (const std::string& p : model.clusters[r].key_phrases)
                if (phrases.size() < 2 && (phrases.empty() || FoldForMatch(p) != FoldForMatch(phrases.front()))) phrases.push_back(p);
        TacticalDraft draft = DraftTactical(analyzer, row.members, Representativeness(model.Vectors(), member_index[r]),
                                            phrases, wording);
        Objective o;
        o.theme_id = theme_id;
        o.level = ObjectiveLevel::Tactical;
        o.position = position++;
        o.title = draft.title.empty() ? row.name : draft.title;
        o.cluster_id = row.id;
        o.why = draft.why;
        o.what = draft.what;
        o.how = draft.how;
        o.chain = draft.chain;
        const Contribution* rep = draft.representative ? draft.representative : row.members.front();
        // Roles say where a note shows: the title's source, the quoted why notes, the proposals.
        for (const Contribution* c : row.members) {
            bool quoted = std::find(draft.why_notes.begin(), draft.why_notes.end(), c) != draft.why_notes.end();
            std::string role = c == rep ? "what" : quoted ? "why" : c->kind == NoteKind::Proposal ? "how" : "support";
            o.notes.push_back({c->uuid, role});
        }
        tactical_titles.push_back(o.title);
        strategic_links.push_back({rep->uuid, "what"});
        topics.emplace_back(row.members.size(), phrases.empty() ? row.name : phrases.front());
        if (!draft.why_notes.empty() && row.members.size() > key_problem_size) {
            key_problem = draft.why_notes.front();
            key_problem_size = row.members.size();
        }
        if (covered.count(row.id)) continue;
        InsertObjective(db, o);
        ++written;
    }
    if (!strategic_accepted && !all.empty()) {
        Objective s;
        s.theme_id = theme_id;
        s.level = ObjectiveLevel::Strategic;
        s.title = theme->title;
        // The largest clusters name what the contributions point to; never the problem statement
        // again, which the plan prints right above.
        std::stable_sort(topics.begin(), topics.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        std::vector<std::string> names;
        for (size_t i = 0; i < topics.size() && i < 3; ++i)
            if (!topics[i].second.empty()) names.push_back(topics[i].second);
        s.why = DraftStrategicWhy(all, names, key_problem, wording);
        for (const std::string& t : tactical_titles) s.what += (s.what.empty() ? "- " : "\n- ") + t;
        std::vector<ChainNote> chain_in;
        for (const Contribution* c : all) chain_in.push_back({c->text, c->kind, c->chain});
        s.chain = ChainFromContent(analyzer, chain_in).link;
        s.notes = strategic_links;
        InsertObjective(db, s);
        ++written;
    }
    tx.Commit();
    return written;
}

// [SECTION] Accepting and editing
void ObjectiveStore::Accept(int64_t id, bool accepted) {
    Require(id);
    Statement st(m_store.Db(), "UPDATE objective SET accepted = ? WHERE id = ?");
    st.Bind(1, accepted ? 1 : 0).Bind(2, id).Exec();
}

void ObjectiveStore::Edit(const Objective& o, const std::string& by) {
    Require(o.id);
    Statement st(m_store.Db(), "UPDATE objective SET title = ?, why = ?, what = ?, how = ?, chain = ?, accepted = 1, "
                               "edited_by = ?, edited_at_ms = ?, sub_theme_id = ?, reactive_kind = ? WHERE id = ?");
    st.Bind(1, o.title).Bind(2, o.why).Bind(3, o.what).Bind(4, o.how).Bind(5, ToKey(o.chain)).Bind(6, by);
    st.Bind(7, NowWallMs());
    if (o.sub_theme_id) st.Bind(8, o.sub_theme_id);
    else st.BindNull(8);
    st.Bind(9, ToKey(HasReactiveKind(o.chain) ? o.reactive : ReactiveKind::None)).Bind(10, o.id).Exec();
}

int64_t ObjectiveStore::Add(const Objective& o, const std::string& by) {
    if (!m_store.GetTheme(o.theme_id))
        throw UserError("cluster.no_such_theme", "There is no theme with id " + std::to_string(o.theme_id) + ".",
                        {std::to_string(o.theme_id)});
    Statement st(m_store.Db(), "INSERT INTO objective(theme_id, level, position, title, why, what, how, chain, accepted, "
                               "sub_theme_id, edited_by, edited_at_ms, reactive_kind) VALUES (?, ?, "
                               "(SELECT coalesce(max(position), -1) + 1 FROM objective WHERE theme_id = ?), ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)");
    st.Bind(1, o.theme_id).Bind(2, ToKey(o.level)).Bind(3, o.theme_id).Bind(4, o.title).Bind(5, o.why).Bind(6, o.what);
    st.Bind(7, o.how).Bind(8, ToKey(o.chain));
    if (o.sub_theme_id) st.Bind(9, o.sub_theme_id);
    else st.BindNull(9);
    st.Bind(10, by).Bind(11, NowWallMs()).Bind(12, ToKey(HasReactiveKind(o.chain) ? o.reactive : ReactiveKind::None)).Exec();
    return m_store.Db().LastInsertId();
}

void ObjectiveStore::Delete(int64_t id, const std::string& by) {
    Require(id);
    // The delete trigger reads who and when from the row it removes.
    Transaction tx(m_store.Db());
    Statement mark(m_store.Db(), "UPDATE objective SET edited_by = ?, edited_at_ms = ? WHERE id = ?");
    mark.Bind(1, by).Bind(2, NowWallMs()).Bind(3, id).Exec();
    Statement st(m_store.Db(), "DELETE FROM objective WHERE id = ?");
    st.Bind(1, id).Exec();
    tx.Commit();
}

} // namespace hd
