// [SECTION] index: reading / Recluster (place new notes, or dissolve and re-cluster) / board edits /
// summaries (labels, representatives, disciplines)
#include "core/cluster/cluster_store.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "core/store/db.h"
#include "core/base/errors.h"
#include "core/store/store.h"
#include "core/base/utf8.h"

namespace hd {

namespace {
std::vector<std::string> SplitList(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < s.size()) {
        size_t comma = s.find(',', start);
        if (comma == std::string::npos) comma = s.size();
        if (comma > start) out.push_back(s.substr(start, comma - start));
        start = comma + 1;
    }
    return out;
}

std::string JoinList(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& s : items) {
        if (!out.empty()) out += ',';
        out += s;
    }
    return out;
}

[[noreturn]] void NoSuchCluster(int64_t id) {
    throw UserError("cluster.no_such_cluster", "There is no cluster with id " + std::to_string(id) + ".",
                    {std::to_string(id)});
}

void InsertMember(Database& db, const std::string& uuid, int64_t cluster_id, bool manual) {
    Statement st(db, "INSERT INTO cluster_member(note_uuid, cluster_id, manual) VALUES (?, ?, ?) "
                     "ON CONFLICT(note_uuid) DO UPDATE SET cluster_id = excluded.cluster_id, manual = excluded.manual");
    st.Bind(1, uuid).Bind(2, cluster_id).Bind(3, manual ? 1 : 0).Exec();
}

using Membership = std::pair<int64_t, bool>; // cluster id, placed by hand
using MemberMap = std::unordered_map<std::string, Membership>;

// A contribution's membership: stored under its own uuid, or, when a merge or a re-merge grouped its
// notes differently, under another of its notes. A placement by hand wins, then the uuid's own row.
const Membership* FindMembership(const MemberMap& member_of, const Contribution& c) {
    const Membership* found = nullptr;
    auto own = member_of.find(c.uuid);
    if (own != member_of.end()) found = &own->second;
    for (const std::string& uuid : c.note_uuids) {
        auto it = member_of.find(uuid);
        if (it == member_of.end()) continue;
        if (!found || (it->second.second && !found->second)) found = &it->second;
    }
    return found;
}

MemberMap ReadMembers(Database& db, int64_t theme_id) {
    MemberMap member_of;
    Statement st(db, "SELECT m.note_uuid, m.cluster_id, m.manual FROM cluster_member m JOIN cluster c ON c.id = m.cluster_id "
                     "WHERE c.theme_id = ?");
    st.Bind(1, theme_id);
    while (st.Step()) member_of[st.Text(0)] = {st.Int(1), st.Int(2) != 0};
    return member_of;
}

// Drops a cluster and the proposals made from it that nobody accepted.
void DeleteCluster(Database& db, int64_t cluster_id) {
    Statement del_prop(db, "DELETE FROM objective WHERE cluster_id = ? AND accepted = 0");
    del_prop.Bind(1, cluster_id).Exec();
    Statement del(db, "DELETE FROM cluster WHERE id = ?");
    del.Bind(1, cluster_id).Exec();
}
} // namespace

std::unordered_map<std::string, Placement> ContributionPlacements(PlanStore& store, int64_t theme_id,
                                                                  const std::vector<Contribution>& contribs) {
    MemberMap member_of = ReadMembers(store.Db(), theme_id);
    std::unordered_map<std::string, Placement> out;
    for (const Contribution& c : contribs)
        if (const Membership* m = FindMembership(member_of, c)) out[c.uuid] = {m->first, m->second};
    return out;
}

ClusterStore::ClusterStore(PlanStore& store, const TextAnalyzer& analyzer) : m_store(store), m_analyzer(analyzer) {}

// [SECTION] Reading
std::vector<ThemeCluster> ClusterStore::ListClusters(int64_t theme_id) {
    return ListClusters(theme_id, ThemeContributions(m_store, theme_id));
}

std::vector<ThemeCluster> ClusterStore::ListClusters(int64_t theme_id, const std::vector<Contribution>& contribs) {
    Database& db = m_store.Db();
    std::vector<ThemeCluster> out;
    std::unordered_map<int64_t, size_t> slot;
    {
        Statement st(db, "SELECT id, theme_id, position, label, manual_name, pinned, representative_uuid, disciplines "
                         "FROM cluster WHERE theme_id = ? ORDER BY position, id");
        st.Bind(1, theme_id);
        while (st.Step()) {
            ThemeCluster c;
            c.id = st.Int(0);
            c.theme_id = st.Int(1);
            c.position = static_cast<int>(st.Int(2));
            c.label = st.Text(3);
            c.manual_name = st.Text(4);
            c.pinned = st.Int(5) != 0;
            c.representative_uuid = st.Text(6);
            c.disciplines = SplitList(st.Text(7));
            slot[c.id] = out.size();
            out.push_back(std::move(c));
        }
    }
    // Members in contribution order, so the board reads like the minutes; each under its
    // contribution's uuid, whichever of its notes the membership was stored under.
    MemberMap member_of = ReadMembers(db, theme_id);
    std::set<std::string> listed;
    for (const Contribution& c : contribs) {
        const Membership* m = FindMembership(member_of, c);
        if (!m) continue;
        out[slot[m->first]].members.push_back({c.uuid, m->second});
        listed.insert(c.uuid);
        listed.insert(c.note_uuids.begin(), c.note_uuids.end());
    }
    // Members that are no contribution any more (a deleted note) stay visible at the end.
    std::vector<std::pair<std::string, Membership>> rest;
    for (const auto& kv : member_of)
        if (!listed.count(kv.first)) rest.emplace_back(kv.first, kv.second);
    std::sort(rest.begin(), rest.end());
    for (const auto& [uuid, where] : rest) out[slot[where.first]].members.push_back({uuid, where.second});
    return out;
}

std::optional<ThemeCluster> ClusterStore::GetCluster(int64_t cluster_id) {
    int64_t theme_id = 0;
    {
        Statement st(m_store.Db(), "SELECT theme_id FROM cluster WHERE id = ?");
        st.Bind(1, cluster_id);
        if (!st.Step()) return std::nullopt;
        theme_id = st.Int(0);
    }
    for (ThemeCluster& c : ListClusters(theme_id))
        if (c.id == cluster_id) return std::move(c);
    return std::nullopt;
}

ThemeCluster ClusterStore::RequireCluster(int64_t cluster_id) {
    auto c = GetCluster(cluster_id);
    if (!c) NoSuchCluster(cluster_id);
    return *c;
}

int64_t ClusterStore::ClusterOfNote(const std::string& note_uuid) {
    Statement st(m_store.Db(), "SELECT cluster_id FROM cluster_member WHERE note_uuid = ?");
    st.Bind(1, note_uuid);
    return st.Step() ? st.Int(0) : 0;
}

std::vector<int64_t> ClusterStore::KeptClusterIds(int64_t theme_id) {
    // Pinned, named by people, or behind an accepted objective: each is a decision about the cluster.
    Statement st(m_store.Db(), "SELECT id FROM cluster WHERE theme_id = ?1 AND (pinned = 1 OR manual_name <> '' OR id IN "
                               "(SELECT cluster_id FROM objective WHERE accepted = 1 AND cluster_id IS NOT NULL)) ORDER BY id");
    st.Bind(1, theme_id);
    std::vector<int64_t> out;
    while (st.Step()) out.push_back(st.Int(0));
    return out;
}

int64_t ClusterStore::InsertCluster(int64_t theme_id, const std::string& manual_name) {
    Database& db = m_store.Db();
    Statement st(db, "INSERT INTO cluster(theme_id, position, manual_name) VALUES "
                     "(?1, (SELECT COALESCE(MAX(position), -1) + 1 FROM cluster WHERE theme_id = ?1), ?2)");
    st.Bind(1, theme_id).Bind(2, manual_name).Exec();
    return db.LastInsertId();
}

// [SECTION] Recluster
ReclusterReport ClusterStore::Recluster(int64_t theme_id, const ReclusterOptions& options) {
    ReclusterReport report;
    std::vector<Contribution> contribs = ThemeContributions(m_store, theme_id);
    std::vector<ThemeCluster> existing = ListClusters(theme_id, contribs);
    std::vector<int64_t> kept_ids = KeptClusterIds(theme_id);
    std::set<int64_t> kept(kept_ids.begin(), kept_ids.end());

    std::unordered_map<std::string, std::pair<int64_t, bool>> member_of;
    for (const ThemeCluster& c : existing)
        for (const ClusterMember& m : c.members) member_of[m.note_uuid] = {c.id, m.manual};

    // What stays and what is (re)placed.
    std::vector<size_t> to_place;                 // contributions to cluster or place
    std::vector<std::string> freed_memberships;   // non-manual members of dissolved clusters
    std::set<int64_t> surviving;
    const bool place_only = options.only_new && !existing.empty();
    for (size_t i = 0; i < contribs.size(); ++i) {
        auto it = member_of.find(contribs[i].uuid);
        if (it == member_of.end()) { to_place.push_back(i); continue; }
        auto [cluster_id, manual] = it->second;
        if (place_only || kept.count(cluster_id) || manual) { surviving.insert(cluster_id); continue; }
        freed_memberships.push_back(contribs[i].uuid);
        to_place.push_back(i);
    }
    if (place_only)
        for (const ThemeCluster& c : existing) surviving.insert(c.id);

    // The slow part runs before the transaction, so readers are never blocked by it.
    std::vector<std::string> texts;
    for (size_t i : to_place) texts.push_back(contribs[i].text);
    std::vector<int> assignment;          // per to_place: new group index, or -1 - existing cluster slot
    std::vector<int64_t> existing_target; // cluster id per existing slot
    size_t new_groups = 0;
    if (place_only) {
        std::vector<std::string> placed_texts;
        std::vector<int> placed_assignment;
        std::unordered_map<int64_t, int> cluster_slot;
        for (const ThemeCluster& c : existing) {
            cluster_slot[c.id] = static_cast<int>(existing_target.size());
            existing_target.push_back(c.id);
        }
        std::unordered_map<std::string, size_t> index;
        for (size_t i = 0; i < contribs.size(); ++i) index[contribs[i].uuid] = i;
        for (const ThemeCluster& c : existing)
            for (const ClusterMember& m : c.members)
                if (auto it = index.find(m.note_uuid); it != index.end()) {
                    placed_texts.push_back(contribs[it->second].text);
                    placed_assignment.push_back(cluster_slot[c.id]);
                }
        ClusterOptions copts = options.cluster;
        Clustering model = ClusteringFromAssignment(m_analyzer, placed_texts, placed_assignment, copts);
        for (const std::string& text : texts) {
            int c = model.AssignToNearest(text);
            if (c >= 0 && static_cast<size_t>(c) < existing_target.size()) {
                assignment.push_back(-1 - c);
            } else {
                assignment.push_back(0); // shares no word with any cluster: one new group for these
                new_groups = 1;
            }
        }
    } else if (!texts.empty()) {
        ClusterOptions copts = options.cluster;
        copts.k = options.k > 0 ? std::max(1, options.k - static_cast<int>(surviving.size())) : 0;
        Clustering result = ClusterTexts(m_analyzer, texts, copts);
        if (result.cancelled) { report.cancelled = true; return report; }
        assignment = result.assignment;
        new_groups = result.clusters.size();
    }
    if (options.cluster.cancel && options.cluster.cancel->load()) { report.cancelled = true; return report; }

    Database& db = m_store.Db();
    Transaction tx(db);
    for (const std::string& uuid : freed_memberships) {
        Statement st(db, "DELETE FROM cluster_member WHERE note_uuid = ?");
        st.Bind(1, uuid).Exec();
    }
    for (const ThemeCluster& c : existing)
        if (!surviving.count(c.id)) DeleteCluster(db, c.id);
    std::vector<int64_t> group_id(new_groups, 0);
    for (size_t g = 0; g < new_groups; ++g) group_id[g] = InsertCluster(theme_id, "");
    for (size_t p = 0; p < to_place.size(); ++p) {
        int a = assignment[p];
        int64_t target = a >= 0 ? group_id[static_cast<size_t>(a)] : existing_target[static_cast<size_t>(-1 - a)];
        InsertMember(db, contribs[to_place[p]].uuid, target, false);
    }
    // Positions 0..n-1 in current order, so new clusters follow the kept ones without gaps.
    {
        Statement ids(db, "SELECT id FROM cluster WHERE theme_id = ? ORDER BY position, id");
        ids.Bind(1, theme_id);
        std::vector<int64_t> order;
        while (ids.Step()) order.push_back(ids.Int(0));
        for (size_t i = 0; i < order.size(); ++i) {
            Statement st(db, "UPDATE cluster SET position = ? WHERE id = ?");
            st.Bind(1, static_cast<int64_t>(i)).Bind(2, order[i]).Exec();
        }
    }
    WriteSummaries(theme_id);
    tx.Commit();
    report.placed = to_place.size();
    report.clusters_created = new_groups;
    report.clusters_kept = surviving.size();
    return report;
}

// [SECTION] Board edits
void ClusterStore::MoveNote(const std::string& note_uuid, int64_t to_cluster_id) {
    ThemeCluster target = RequireCluster(to_cluster_id);
    std::vector<Contribution> contribs = ThemeContributions(m_store, target.theme_id);
    // Any note of a merged entry stands for the entry (e.g. a link to reporter B's version).
    auto it = std::find_if(contribs.begin(), contribs.end(), [&](const Contribution& c) {
        return std::find(c.note_uuids.begin(), c.note_uuids.end(), note_uuid) != c.note_uuids.end();
    });
    if (it == contribs.end())
        throw UserError("cluster.note_not_in_theme", "Note " + note_uuid + " is not a contribution of this theme.",
                        {note_uuid});
    Transaction tx(m_store.Db());
    InsertMember(m_store.Db(), it->uuid, to_cluster_id, true);
    WriteSummaries(target.theme_id);
    tx.Commit();
}

void ClusterStore::MergeClusters(int64_t into_id, int64_t from_id) {
    if (into_id == from_id)
        throw UserError("cluster.merge_same", "A cluster cannot be merged with itself.");
    ThemeCluster into = RequireCluster(into_id);
    ThemeCluster from = RequireCluster(from_id);
    if (into.theme_id != from.theme_id)
        throw UserError("cluster.other_theme", "Both clusters must belong to the same theme.");
    Database& db = m_store.Db();
    Transaction tx(db);
    {
        // A merge decides about both clusters whole: every note of either counts as placed by hand,
        // so re-clustering keeps the merged cluster as it is.
        Statement st(db, "UPDATE cluster_member SET cluster_id = ?1, manual = 1 WHERE cluster_id IN (?1, ?2)");
        st.Bind(1, into_id).Bind(2, from_id).Exec();
    }
    {
        Statement st(db, "UPDATE objective SET cluster_id = ?1 WHERE cluster_id = ?2 AND accepted = 1");
        st.Bind(1, into_id).Bind(2, from_id).Exec();
    }
    if (from.pinned) {
        Statement st(db, "UPDATE cluster SET pinned = 1 WHERE id = ?");
        st.Bind(1, into_id).Exec();
    }
    DeleteCluster(db, from_id);
    WriteSummaries(into.theme_id);
    tx.Commit();
}

int64_t ClusterStore::SplitCluster(int64_t cluster_id) {
    ThemeCluster c = RequireCluster(cluster_id);
    if (c.members.size() < 2)
        throw UserError("cluster.split_too_small", "A cluster needs at least two notes to be split.");
    std::unordered_map<std::string, std::string> text_of;
    for (const Contribution& k : ThemeContributions(m_store, c.theme_id)) text_of[k.uuid] = k.text;
    std::vector<std::string> texts;
    for (const ClusterMember& m : c.members) texts.push_back(text_of[m.note_uuid]);
    ClusterOptions options;
    options.k = 2;
    Clustering split = ClusterTexts(m_analyzer, texts, options);
    Database& db = m_store.Db();
    Transaction tx(db);
    {
        Statement shift(db, "UPDATE cluster SET position = position + 1 WHERE theme_id = ? AND position > ?");
        shift.Bind(1, c.theme_id).Bind(2, c.position).Exec();
    }
    Statement ins(db, "INSERT INTO cluster(theme_id, position) VALUES (?, ?)");
    ins.Bind(1, c.theme_id).Bind(2, c.position + 1).Exec();
    int64_t new_id = db.LastInsertId();
    // The smaller group (cluster 1) moves, as if dragged by hand; the rest stays, as placed by hand
    // too: re-clustering keeps both halves of the split.
    for (size_t i = 0; i < c.members.size(); ++i)
        if (split.assignment[i] == 1) InsertMember(db, c.members[i].note_uuid, new_id, true);
    {
        Statement st(db, "UPDATE cluster_member SET manual = 1 WHERE cluster_id = ?");
        st.Bind(1, cluster_id).Exec();
    }
    WriteSummaries(c.theme_id);
    tx.Commit();
    return new_id;
}

void ClusterStore::RenameCluster(int64_t cluster_id, const std::string& name) {
    ThemeCluster c = RequireCluster(cluster_id);
    std::string manual(Trim(name));
    std::string old_title = c.DisplayName(), new_title = manual.empty() ? c.label : manual;
    Database& db = m_store.Db();
    Transaction tx(db);
    {
        Statement st(db, "UPDATE cluster SET manual_name = ? WHERE id = ?");
        st.Bind(1, manual).Bind(2, cluster_id).Exec();
    }
    {
        // Objectives still titled after the cluster follow its new name; a title people wrote stays.
        Statement st(db, "UPDATE objective SET title = ?1 WHERE cluster_id = ?2 AND title = ?3");
        st.Bind(1, new_title).Bind(2, cluster_id).Bind(3, old_title).Exec();
    }
    tx.Commit();
}

void ClusterStore::PinCluster(int64_t cluster_id, bool pinned) {
    RequireCluster(cluster_id);
    Statement st(m_store.Db(), "UPDATE cluster SET pinned = ? WHERE id = ?");
    st.Bind(1, pinned ? 1 : 0).Bind(2, cluster_id).Exec();
}

int64_t ClusterStore::AddCluster(int64_t theme_id, const std::string& name) {
    if (!m_store.GetTheme(theme_id))
        throw UserError("cluster.no_such_theme", "There is no theme with id " + std::to_string(theme_id) + ".",
                        {std::to_string(theme_id)});
    Transaction tx(m_store.Db());
    int64_t id = InsertCluster(theme_id, std::string(Trim(name)));
    tx.Commit();
    return id;
}

void ClusterStore::DeleteClusterIfEmpty(int64_t cluster_id) {
    ThemeCluster c = RequireCluster(cluster_id);
    if (!c.members.empty()) return;
    Transaction tx(m_store.Db());
    DeleteCluster(m_store.Db(), cluster_id);
    tx.Commit();
}

// [SECTION] Live model
int64_t ThemeClusterModel::Assign(std::string_view text, float* similarity) const {
    int c = clustering.AssignToNearest(text, similarity);
    return c >= 0 && static_cast<size_t>(c) < cluster_ids.size() ? cluster_ids[static_cast<size_t>(c)] : 0;
}

ThemeClusterModel ClusterStore::BuildModel(int64_t theme_id) {
    std::vector<Contribution> contribs = ThemeContributions(m_store, theme_id);
    ThemeClusterModel model;
    model.clusters = ListClusters(theme_id, contribs);
    std::unordered_map<std::string, std::string> text_of;
    for (Contribution& c : contribs) text_of[c.uuid] = std::move(c.text);
    std::vector<std::string> texts;
    std::vector<int> assignment;
    for (const ThemeCluster& c : model.clusters) {
        int index = static_cast<int>(model.cluster_ids.size());
        model.cluster_ids.push_back(c.id);
        for (const ClusterMember& m : c.members)
            if (auto it = text_of.find(m.note_uuid); it != text_of.end()) {
                texts.push_back(it->second);
                assignment.push_back(index);
            }
    }
    model.clustering = ClusteringFromAssignment(m_analyzer, texts, assignment);
    return model;
}

uint64_t ClusterStore::Stamp(int64_t theme_id) {
    // FNV-1a per row; member rows are summed, so their order (and an ORDER BY) does not matter.
    auto hash = [](std::initializer_list<std::string_view> fields) {
        uint64_t h = 1469598103934665603ull;
        for (std::string_view f : fields) {
            for (unsigned char ch : f) h = (h ^ ch) * 1099511628211ull;
            h = (h ^ 0xff) * 1099511628211ull; // field separator
        }
        return h;
    };
    uint64_t stamp = 0;
    Database& db = m_store.Db();
    {
        Statement st(db, "SELECT id, position, label, manual_name FROM cluster WHERE theme_id = ?");
        st.Bind(1, theme_id);
        while (st.Step())
            stamp += hash({std::to_string(st.Int(0)), std::to_string(st.Int(1)), st.Text(2), st.Text(3)});
    }
    if (stamp == 0) return 0;
    Statement st(db, "SELECT m.note_uuid, m.cluster_id FROM cluster_member m JOIN cluster c ON c.id = m.cluster_id "
                     "WHERE c.theme_id = ?");
    st.Bind(1, theme_id);
    while (st.Step()) stamp += 31 * hash({st.Text(0), std::to_string(st.Int(1))});
    return stamp == 0 ? 1 : stamp;
}

// [SECTION] Summaries
void ClusterStore::RefreshSummaries(int64_t theme_id) {
    Transaction tx(m_store.Db());
    WriteSummaries(theme_id);
    tx.Commit();
}

// Memberships stored under another note of a contribution (before a merge, or a re-merge that
// regrouped notes) move to the contribution's uuid, so that each contribution has one row.
void ClusterStore::MoveMembersToContributions(int64_t theme_id, const std::vector<Contribution>& contribs) {
    Database& db = m_store.Db();
    MemberMap member_of = ReadMembers(db, theme_id);
    for (const Contribution& c : contribs) {
        const Membership* m = FindMembership(member_of, c);
        if (!m) continue;
        Membership chosen = *m;
        bool tidy = true;
        for (const std::string& uuid : c.note_uuids)
            if (uuid != c.uuid && member_of.count(uuid)) tidy = false;
        auto own = member_of.find(c.uuid);
        if (tidy && own != member_of.end() && own->second == chosen) continue;
        for (const std::string& uuid : c.note_uuids) {
            if (uuid == c.uuid) continue;
            Statement st(db, "DELETE FROM cluster_member WHERE note_uuid = ?");
            st.Bind(1, uuid).Exec();
        }
        InsertMember(db, c.uuid, chosen.first, chosen.second);
    }
}

void ClusterStore::WriteSummaries(int64_t theme_id) {
    std::vector<Contribution> contribs = ThemeContributions(m_store, theme_id);
    MoveMembersToContributions(theme_id, contribs);
    std::vector<ThemeCluster> clusters = ListClusters(theme_id, contribs);
    std::unordered_map<std::string, const Contribution*> by_uuid;
    for (const Contribution& c : contribs) by_uuid[c.uuid] = &c;
    std::vector<std::string> texts;
    std::vector<const Contribution*> refs;
    std::vector<int> assignment;
    for (size_t k = 0; k < clusters.size(); ++k)
        for (const ClusterMember& m : clusters[k].members)
            if (auto it = by_uuid.find(m.note_uuid); it != by_uuid.end()) {
                texts.push_back(it->second->text);
                refs.push_back(it->second);
                assignment.push_back(static_cast<int>(k));
            }
    Clustering model = ClusteringFromAssignment(m_analyzer, texts, assignment);
    Database& db = m_store.Db();
    for (size_t k = 0; k < clusters.size(); ++k) {
        std::string label, representative;
        std::map<std::string, int> counts;
        if (k < model.clusters.size() && !model.clusters[k].members.empty()) {
            label = model.clusters[k].label;
            representative = refs[model.clusters[k].representative]->uuid;
            for (size_t m : model.clusters[k].members)
                if (!refs[m]->discipline.empty()) ++counts[refs[m]->discipline];
        }
        std::vector<std::pair<int, std::string>> ranked;
        for (const auto& [d, n] : counts) ranked.emplace_back(-n, d);
        std::sort(ranked.begin(), ranked.end());
        std::vector<std::string> disciplines;
        for (const auto& r : ranked) disciplines.push_back(r.second);
        Statement st(db, "UPDATE cluster SET label = ?, representative_uuid = ?, disciplines = ? WHERE id = ?");
        st.Bind(1, label).Bind(2, representative).Bind(3, JoinList(disciplines)).Bind(4, clusters[k].id).Exec();
    }
}

} // namespace hd
