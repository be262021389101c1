// [SECTION] index: keys / result / rounds / options / ballots / forum reactions
#include "core/lifecycle/priorities.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/base/errors.h"
#include "core/cluster/objective_store.h"
#include "core/lifecycle/lifecycle_checks.h"
#include "core/review/review_store.h"
#include "core/store/db.h"
#include "core/store/store.h"

namespace hd {

// [SECTION] Keys
std::string_view ToKey(PriorityMethod m) { return m == PriorityMethod::Dots ? "dots" : "rank"; }
std::string_view ToKey(PriorityTarget t) { return t == PriorityTarget::Theme ? "theme" : "objective"; }

std::optional<PriorityMethod> PriorityMethodFromKey(std::string_view key) {
    if (key == "dots") return PriorityMethod::Dots;
    if (key == "rank") return PriorityMethod::Rank;
    return std::nullopt;
}

std::optional<PriorityTarget> PriorityTargetFromKey(std::string_view key) {
    if (key == "theme") return PriorityTarget::Theme;
    if (key == "objective") return PriorityTarget::Objective;
    return std::nullopt;
}

// [SECTION] Result
namespace {
void Spread(const std::vector<int>& values, PriorityResultRow& row) {
    if (values.empty()) return;
    row.min = *std::min_element(values.begin(), values.end());
    row.max = *std::max_element(values.begin(), values.end());
    double sum = 0;
    for (int v : values) sum += v;
    row.mean = sum / static_cast<double>(values.size());
    double sq = 0;
    for (int v : values) sq += (v - row.mean) * (v - row.mean);
    row.stddev = std::sqrt(sq / static_cast<double>(values.size()));
}

void Place(std::vector<PriorityResultRow>& rows, bool rank) {
    // Best first: the higher score; between equal scores, more members behind it, then (ranking) the
    // better average rank; the options' own order last, so the result is stable.
    std::stable_sort(rows.begin(), rows.end(), [rank](const PriorityResultRow& a, const PriorityResultRow& b) {
        if (a.score != b.score) return a.score > b.score;
        if (a.voters != b.voters) return a.voters > b.voters;
        if (rank && a.voters && a.mean != b.mean) return a.mean < b.mean;
        return false;
    });
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i].place = i > 0 && rows[i].score == rows[i - 1].score ? rows[i - 1].place : static_cast<int>(i) + 1;
}
} // namespace

PriorityResult ComputePriorityResult(const PriorityRound& round, const std::vector<PriorityOption>& options,
                                     const std::vector<PriorityVote>& votes, int members) {
    PriorityResult result;
    result.round = round;
    result.members = members;
    std::set<int64_t> ballots;
    for (const PriorityVote& v : votes) ballots.insert(v.member_id);
    result.ballots = static_cast<int>(ballots.size());
    bool rank = round.method == PriorityMethod::Rank;
    int n = static_cast<int>(options.size());
    for (const PriorityOption& o : options) {
        PriorityResultRow row;
        row.target_id = o.id;
        row.label = o.label;
        row.domain = o.domain;
        std::map<int64_t, int> by_member;
        for (const PriorityVote& v : votes)
            if (v.target_id == o.id && v.value > 0) by_member[v.member_id] += v.value;
        row.voters = static_cast<int>(by_member.size());
        std::vector<int> values;
        for (const auto& [member, value] : by_member) {
            row.total += value;
            if (rank) row.score += n + 1 - value;
            values.push_back(value);
        }
        // A member who voted but gave this option no dot gave it 0: that is part of the spread.
        if (!rank)
            for (int64_t m : ballots)
                if (!by_member.count(m)) values.push_back(0);
        if (!rank) row.score = row.total;
        Spread(values, row);
        result.rows.push_back(std::move(row));
    }
    Place(result.rows, rank);
    return result;
}

PriorityStore::PriorityStore(PlanStore& store) : m_store(store) {}

// [SECTION] Rounds
namespace {
constexpr const char* kRoundColumns =
    "SELECT id, title, method, target_kind, dots_per_member, theme_id, created_at_ms FROM priority_round ";

PriorityRound ReadRound(Statement& st) {
    PriorityRound r;
    r.id = st.Int(0);
    r.title = st.Text(1);
    r.method = PriorityMethodFromKey(st.Text(2)).value_or(PriorityMethod::Dots);
    r.target = PriorityTargetFromKey(st.Text(3)).value_or(PriorityTarget::Theme);
    r.dots_per_member = static_cast<int>(st.Int(4));
    r.theme_id = st.Int(5);
    r.created_at_ms = st.Int(6);
    return r;
}

[[noreturn]] void NoRound(int64_t id) {
    throw InputError("priorities.err_no_round", "There is no priority round with id " + std::to_string(id) + ".",
                     {std::to_string(id)});
}
} // namespace

std::vector<PriorityRound> PriorityStore::ListRounds() {
    Statement st(m_store.Db(), (std::string(kRoundColumns) + "ORDER BY id").c_str());
    std::vector<PriorityRound> out;
    while (st.Step()) out.push_back(ReadRound(st));
    return out;
}

std::optional<PriorityRound> PriorityStore::GetRound(int64_t id) {
    Statement st(m_store.Db(), (std::string(kRoundColumns) + "WHERE id = ?").c_str());
    st.Bind(1, id);
    if (!st.Step()) return std::nullopt;
    return ReadRound(st);
}

int64_t PriorityStore::AddRound(const PriorityRound& r) {
    RequireText(r.title, "lifecycle.field.title", 500);
    if (r.method == PriorityMethod::Dots && (r.dots_per_member < 1 || r.dots_per_member > 99))
        throw InputError("priorities.err_dots_range", "Each member gets 1 to 99 dots (not " + std::to_string(r.dots_per_member) + ").",
                         {std::to_string(r.dots_per_member)});
    int64_t theme = r.target == PriorityTarget::Objective ? r.theme_id : 0;
    if (theme && !m_store.GetTheme(theme))
        throw UserError("cluster.no_such_theme", "There is no theme with id " + std::to_string(theme) + ".", {std::to_string(theme)});
    Statement st(m_store.Db(), "INSERT INTO priority_round(title, method, target_kind, dots_per_member, theme_id, created_at_ms) "
                               "VALUES(?, ?, ?, ?, ?, ?)");
    st.Bind(1, r.title).Bind(2, ToKey(r.method)).Bind(3, ToKey(r.target));
    st.Bind(4, r.method == PriorityMethod::Dots ? r.dots_per_member : 0).Bind(5, theme).Bind(6, NowWallMs());
    st.Exec();
    return m_store.Db().LastInsertId();
}

void PriorityStore::DeleteRound(int64_t id) {
    Statement st(m_store.Db(), "DELETE FROM priority_round WHERE id = ?");
    st.Bind(1, id).Exec();
}

// [SECTION] Options
std::vector<PriorityOption> PriorityStore::Options(const PriorityRound& round) {
    std::vector<PriorityOption> out;
    ObjectiveStore objectives(m_store);
    for (const Theme& t : m_store.ListThemes()) {
        if (round.target == PriorityTarget::Theme) {
            out.push_back({t.id, t.title, t.title, false});
            continue;
        }
        if (round.theme_id && round.theme_id != t.id) continue;
        for (const Objective& o : objectives.ListObjectives(t.id)) out.push_back({o.id, o.title, t.title, !o.accepted});
    }
    return out;
}

// [SECTION] Ballots
namespace {
std::string MemberName(const std::vector<CoreMember>& members, int64_t id) {
    for (const CoreMember& m : members)
        if (m.id == id) return m.name;
    return {};
}

void CheckBallot(const PriorityRound& round, const std::vector<PriorityOption>& options, const std::string& member,
                 const std::map<int64_t, int>& values) {
    int dots = 0;
    std::set<int> ranks;
    for (const auto& [target, value] : values) {
        if (value == 0) continue;
        const int64_t id = target; // a structured binding cannot be captured before C++20 (clang refuses it)
        bool known = std::any_of(options.begin(), options.end(), [id](const PriorityOption& o) { return o.id == id; });
        if (!known)
            throw InputError("priorities.err_target", "The round does not rank item " + std::to_string(target) + ".",
                             {std::to_string(target)});
        if (value < 0)
            throw InputError("priorities.err_negative", "A vote cannot be negative (" + std::to_string(value) + ").",
                             {std::to_string(value)});
        if (round.method == PriorityMethod::Dots) {
            dots += value;
            continue;
        }
        int n = static_cast<int>(options.size());
        if (value > n)
            throw InputError("priorities.err_rank_range", "Rank " + std::to_string(value) + " is outside 1 to " + std::to_string(n) + ".",
                             {std::to_string(value), std::to_string(n)});
        if (!ranks.insert(value).second)
            throw InputError("priorities.err_duplicate_rank", member + " gave rank " + std::to_string(value) + " twice.",
                             {member, std::to_string(value)});
    }
    if (round.method == PriorityMethod::Dots && dots > round.dots_per_member)
        throw InputError("priorities.err_too_many_dots",
                         member + " gave " + std::to_string(dots) + " dots; each member has " + std::to_string(round.dots_per_member) + ".",
                         {member, std::to_string(dots), std::to_string(round.dots_per_member)});
}
} // namespace

void PriorityStore::SetBallot(int64_t round_id, int64_t member_id, const std::map<int64_t, int>& values) {
    std::optional<PriorityRound> round = GetRound(round_id);
    if (!round) NoRound(round_id);
    std::string member = MemberName(ReviewStore(m_store).ListMembers(), member_id);
    if (member.empty())
        throw InputError("priorities.err_member", "There is no core group member with id " + std::to_string(member_id) + ".",
                         {std::to_string(member_id)});
    CheckBallot(*round, Options(*round), member, values);
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement clear(db, "DELETE FROM priority_vote WHERE round_id = ? AND member_id = ?");
    clear.Bind(1, round_id).Bind(2, member_id).Exec();
    Statement add(db, "INSERT INTO priority_vote(round_id, member_id, target_id, value) VALUES(?, ?, ?, ?)");
    for (const auto& [target, value] : values) {
        if (value == 0) continue;
        add.Reset();
        add.Bind(1, round_id).Bind(2, member_id).Bind(3, target).Bind(4, value).Exec();
    }
    tx.Commit();
}

std::map<int64_t, int> PriorityStore::Ballot(int64_t round_id, int64_t member_id) {
    Statement st(m_store.Db(), "SELECT target_id, value FROM priority_vote WHERE round_id = ? AND member_id = ?");
    st.Bind(1, round_id).Bind(2, member_id);
    std::map<int64_t, int> out;
    while (st.Step()) out[st.Int(0)] = static_cast<int>(st.Int(1));
    return out;
}

std::vector<int64_t> PriorityStore::MembersWhoVoted(int64_t round_id) {
    Statement st(m_store.Db(), "SELECT DISTINCT member_id FROM priority_vote WHERE round_id = ? ORDER BY member_id");
    st.Bind(1, round_id);
    std::vector<int64_t> out;
    while (st.Step()) out.push_back(st.Int(0));
    return out;
}

PriorityResult PriorityStore::Result(int64_t round_id) {
    std::optional<PriorityRound> round = GetRound(round_id);
    if (!round) NoRound(round_id);
    Statement st(m_store.Db(), "SELECT member_id, target_id, value FROM priority_vote WHERE round_id = ?");
    st.Bind(1, round_id);
    std::vector<PriorityVote> votes;
    while (st.Step()) votes.push_back({st.Int(0), st.Int(1), static_cast<int>(st.Int(2))});
    int members = static_cast<int>(ReviewStore(m_store).ListMembers().size());
    return ComputePriorityResult(*round, Options(*round), votes, members);
}

// [SECTION] Forum reactions
std::vector<ReactionCount> PriorityStore::CountForumReactions() {
    ReviewStore reviews(m_store);
    std::vector<ReactionCount> out;
    for (const Theme& t : m_store.ListThemes()) {
        ReactionCount c;
        c.theme_id = t.id;
        c.domain = t.title;
        std::set<std::string> names;
        for (const ForumReaction& r : reviews.ListReactions(t.id)) {
            ++c.reactions;
            if (r.author.find_first_not_of(" \t") == std::string::npos) ++c.anonymous;
            else names.insert(r.author);
        }
        c.named_people = static_cast<int>(names.size());
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace hd
