// Monitoring (issue 13, item 6): per year, where each objective and each action stands (planned,
// running, done, dropped), with a note and, optionally, the value of an indicator that year. Halle
// follows its plan up with yearly action plans; this is that follow-up, and the progress report
// (monitoring_report.h) prints it with the indicator trends. Stored in monitoring_entry (migration 9),
// one row per (year, target).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hd {
class PlanStore;

enum class MonitoringStatus { Planned, Running, Done, Dropped };
inline constexpr MonitoringStatus kAllMonitoringStatuses[] = {MonitoringStatus::Planned, MonitoringStatus::Running,
                                                              MonitoringStatus::Done, MonitoringStatus::Dropped};
std::string_view ToKey(MonitoringStatus s); // planned, running, done, dropped
std::optional<MonitoringStatus> MonitoringStatusFromKey(std::string_view key);

enum class MonitoringTarget { Objective, Action };
std::string_view ToKey(MonitoringTarget t); // objective, action

struct MonitoringEntry {
    int year = 0;
    MonitoringTarget target = MonitoringTarget::Objective;
    int64_t target_id = 0;
    MonitoringStatus status = MonitoringStatus::Planned;
    std::string note;
    int64_t indicator_id = 0;               // 0: no figure
    std::optional<double> indicator_value;  // the indicator's value that year, when known
    std::string updated_by;
    int64_t updated_at_ms = 0;
};

// One line of a year's follow-up: an accepted objective or an action, in plan order, with its entry
// for the year when one was recorded.
struct MonitoringRow {
    MonitoringTarget target = MonitoringTarget::Objective;
    int64_t target_id = 0;
    int64_t theme_id = 0;
    std::string domain;
    bool strategic = false;      // objectives: strategic or tactical
    int64_t objective_id = 0;    // actions: their tactical objective
    std::string title;           // objective title or action description
    std::string years;           // actions: "2027" or "2027–2029"
    std::optional<MonitoringEntry> entry;
};

inline constexpr size_t kMaxMonitoringNoteBytes = 4000;

class MonitoringStore {
public:
    explicit MonitoringStore(PlanStore& store);
    // The accepted objectives of every domain (strategic, then tactical) each followed by its actions
    // (those scheduled in `year`, or not scheduled), with the year's entries.
    std::vector<MonitoringRow> Rows(int year);
    std::vector<MonitoringEntry> Entries(int year);
    std::optional<MonitoringEntry> Get(int year, MonitoringTarget target, int64_t target_id);
    // Records (or replaces) the year's entry, stamped with `by` and the time. Throws InputError when the
    // year is outside 1900..2200, the target is not an accepted objective or an existing action, the
    // note is not UTF-8 or longer than kMaxMonitoringNoteBytes, the indicator does not exist, or the
    // value is not a finite number (or given without an indicator).
    void Set(const MonitoringEntry& entry, const std::string& by);
    void Clear(int year, MonitoringTarget target, int64_t target_id);
    // Years with at least one entry, ascending.
    std::vector<int> Years();

private:
    PlanStore& m_store;
};

// Counts per status (kAllMonitoringStatuses order) of the rows of one kind; rows without an entry
// count as planned.
struct StatusCounts {
    int counts[4] = {0, 0, 0, 0};
    int total = 0;
};
StatusCounts CountStatuses(const std::vector<MonitoringRow>& rows, MonitoringTarget target);

} // namespace hd
