// The operational level of the plan (issue 12, point 4): actions (acties) under a tactical
// objective. Each says what is done, who pulls it (the trekker) and with which partners, in which
// years, with which budget, how success is measured (indicator and target), where it stands and
// whether it is a quick win. Halle's yearly action plans are these actions read per year
// (ActionsInYear); the monitoring of a year refers to them as monitoring_entry target 'action'.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hd {
class PlanStore;

enum class ActionStatus { Planned, Running, Done, Dropped };
inline constexpr ActionStatus kAllActionStatuses[] = {ActionStatus::Planned, ActionStatus::Running, ActionStatus::Done,
                                                      ActionStatus::Dropped};
std::string_view ToKey(ActionStatus s); // planned, running, done, dropped
std::optional<ActionStatus> ActionStatusFromKey(std::string_view key);

struct Action {
    int64_t id = 0;
    int64_t objective_id = 0; // an accepted tactical objective
    int position = 0;         // order under its objective, 1-based
    std::string description;
    std::string owner;    // trekker: the service or person who pulls the action
    std::string partners; // free text, e.g. "politie, straathoekwerk, OCMW"
    int start_year = 0;   // 0: not scheduled yet
    int end_year = 0;     // 0 with a start year: that one year (the store writes start_year then)
    std::optional<int64_t> budget_euro; // an amount in whole euro, when there is one
    std::string budget_note;            // budget in words ("binnen het werkingsbudget preventie")
    std::string indicator;
    std::string target;
    ActionStatus status = ActionStatus::Planned;
    bool quick_win = false;
    // Runs in `year`: scheduled, and start_year <= year <= end_year.
    bool RunsIn(int year) const;
};

// Longest texts the store accepts, in bytes.
inline constexpr size_t kMaxActionDescriptionBytes = 4000;
inline constexpr size_t kMaxActionFieldBytes = 1000;
// Largest budget amount accepted (a typo of a few extra zeros is refused, not stored).
inline constexpr int64_t kMaxBudgetEuro = 1'000'000'000'000;

class ActionStore {
public:
    explicit ActionStore(PlanStore& store);

    // The actions of one tactical objective, in position order.
    std::vector<Action> ListActions(int64_t objective_id);
    // Every action of the plan in document order: domain, objective, action position.
    std::vector<Action> ListAllActions();
    std::optional<Action> GetAction(int64_t id);

    // Checks (each throws InputError with a translated message naming the problem): the objective is
    // an accepted tactical objective (proposals are replaced when the board proposes again, and
    // their actions would go with them); a description; valid UTF-8 of limited length; years inside
    // the plan period (1900..2200 when the plan has none) and end >= start; a budget >= 0.
    // `by` (the editor's name) and the time go into the audit trail with every change.
    int64_t Add(const Action& action, const std::string& by); // appended at the end; returns the id
    void Update(const Action& action, const std::string& by); // every field; may move to another objective
    void Delete(int64_t id, const std::string& by);
    // Moves the action one place up (-1) or down (+1) under its objective; nothing at either end.
    void Move(int64_t id, int delta);

private:
    void Check(const Action& a);
    PlanStore& m_store;
};

// The actions running in `year`, in the order given.
std::vector<Action> ActionsInYear(const std::vector<Action>& actions, int year);

// "€ 12.500" (Dutch) or "€12,500" (English): whole euro with thousands separators.
std::string FormatEuro(int64_t amount, std::string_view lang);
// An amount typed by a person: "12500", "12.500", "12 500", "€ 12.500", "12.500,00", "12,500".
// Empty or only spaces: nullopt with ok = true. Anything else (letters, cents other than ,00 / .00,
// negative): nullopt with ok = false.
std::optional<int64_t> ParseEuro(std::string_view text, bool& ok);
// "2027", "2027–2029", or "" when not scheduled.
std::string FormatYears(const Action& a);

} // namespace hd
