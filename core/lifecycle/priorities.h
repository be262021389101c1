// Priorities (issue 13, point 4): the core group ranks domains or objectives in rounds, as
// MeetingSphere and Stormz do: dot voting (each member spreads n dots) or ranking (each member gives
// ranks 1, 2, 3 ...). The facilitator enters each member's ballot from the keyboard; the result shows
// the order with its spread (how many members gave anything, min and max, standard deviation). The
// forum's audience reactions are counted per domain the same way. Tables: priority_round,
// priority_vote (migration 9), priority_round.theme_id (migration 15).
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hd {
class PlanStore;

enum class PriorityMethod { Dots, Rank };
enum class PriorityTarget { Theme, Objective };
std::string_view ToKey(PriorityMethod m); // dots, rank
std::string_view ToKey(PriorityTarget t); // theme, objective
std::optional<PriorityMethod> PriorityMethodFromKey(std::string_view key);
std::optional<PriorityTarget> PriorityTargetFromKey(std::string_view key);

struct PriorityRound {
    int64_t id = 0;
    std::string title;
    PriorityMethod method = PriorityMethod::Dots;
    PriorityTarget target = PriorityTarget::Theme;
    int dots_per_member = 5; // dots only
    int64_t theme_id = 0;    // objective rounds: the domain whose objectives are ranked; 0: the whole plan
    int64_t created_at_ms = 0;
};

// Something a round ranks: a domain, or an objective with its domain.
struct PriorityOption {
    int64_t id = 0;
    std::string label;
    std::string domain; // objectives: the domain's title
    bool proposal = false; // objectives: not yet accepted by the core group
};

struct PriorityVote {
    int64_t member_id = 0;
    int64_t target_id = 0;
    int value = 0; // dots given (> 0) or rank (1 = first)
};

struct PriorityResultRow {
    int64_t target_id = 0;
    std::string label;
    std::string domain;
    int place = 0;     // 1 = first; equal scores share a place
    double score = 0;  // dots: the total; rank: Borda points (n + 1 - rank per member who ranked it)
    int total = 0;     // dots: the total; rank: the sum of ranks given
    int voters = 0;    // members who gave it any dot or a rank
    int min = 0, max = 0; // dots: per member who voted in the round (0 counts); rank: among the ranks given
    double mean = 0;   // same population as min and max
    double stddev = 0; // population standard deviation: how much the members agree
};

struct PriorityResult {
    PriorityRound round;
    int members = 0;       // members of the core group
    int ballots = 0;       // members who voted in this round
    std::vector<PriorityResultRow> rows; // best first
};

// The result of a round from plain data: the ranked options and the votes cast.
PriorityResult ComputePriorityResult(const PriorityRound& round, const std::vector<PriorityOption>& options,
                                     const std::vector<PriorityVote>& votes, int members);

// The forum's audience reactions per domain, counted the same way: each reaction a dot for its domain.
struct ReactionCount {
    int64_t theme_id = 0;
    std::string domain;
    int reactions = 0;
    int named_people = 0; // distinct authors who gave their name
    int anonymous = 0;    // reactions without a name
};

class PriorityStore {
public:
    explicit PriorityStore(PlanStore& store);

    // [SECTION] Rounds. Checks throw InputError: a title, 1..99 dots, an existing domain.
    std::vector<PriorityRound> ListRounds(); // oldest first
    std::optional<PriorityRound> GetRound(int64_t id);
    int64_t AddRound(const PriorityRound& round);
    void DeleteRound(int64_t id); // with its votes

    // What a round ranks, in plan order: every domain, or the objectives of its domain (or all).
    std::vector<PriorityOption> Options(const PriorityRound& round);

    // [SECTION] Ballots: one member's votes in a round, replaced as a whole in one transaction.
    // `values` maps a target to dots or a rank; 0 means none. Refused (InputError, nothing stored):
    // more dots than the round allows, a rank given twice or outside 1..number of options, a negative
    // value, a target the round does not rank, a member not in the core group.
    void SetBallot(int64_t round_id, int64_t member_id, const std::map<int64_t, int>& values);
    std::map<int64_t, int> Ballot(int64_t round_id, int64_t member_id);
    std::vector<int64_t> MembersWhoVoted(int64_t round_id);

    PriorityResult Result(int64_t round_id); // InputError when there is no such round
    std::vector<ReactionCount> CountForumReactions(); // every domain, in plan order

private:
    PlanStore& m_store;
};

} // namespace hd
