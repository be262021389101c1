// Inputs of the plan (issue 13, item 1): the related plans (the zonal security plan, the prosecutor's
// policy plan, the policy agreement, ...) with their owner, cycle and priorities; which of our
// objectives serve which of their priorities (the "facet" view); documents referenced by title,
// date and link or path (never copied into the plan file).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hd {
class PlanStore;

struct RelatedPriority {
    int64_t id = 0;
    int64_t related_plan_id = 0;
    int position = 0;
    std::string title;
};

struct RelatedPlan {
    int64_t id = 0;
    int position = 0;
    std::string title;
    std::string owner;   // e.g. the zonal security council, the public prosecutor
    int cycle_start = 0; // years; 0 when unknown
    int cycle_end = 0;
    std::string note;
    std::vector<RelatedPriority> priorities;
};

struct InputDocument {
    int64_t id = 0;
    int position = 0;
    std::string title;
    std::string date;     // yyyy-mm-dd or empty
    std::string location; // a link or a file path
    int64_t related_plan_id = 0;
    std::string note;
};

// One priority of a related plan and the accepted objectives that answer it.
struct FacetRow {
    RelatedPriority priority;
    std::string plan_title;
    struct Answer {
        int64_t objective_id = 0;
        int64_t theme_id = 0;
        std::string title;
    };
    std::vector<Answer> answers; // empty: no objective answers this priority
};

class InputStore {
public:
    explicit InputStore(PlanStore& store);

    // [SECTION] Related plans and their priorities. Checks throw InputError naming the field.
    std::vector<RelatedPlan> ListPlans(); // with priorities, in order
    std::optional<RelatedPlan> GetPlan(int64_t id);
    int64_t AddPlan(const RelatedPlan& p); // title required; cycle years 1900..2200 (or 0), start <= end
    void UpdatePlan(const RelatedPlan& p); // title, owner, cycle, note
    void DeletePlan(int64_t id);           // with its priorities and their links
    int64_t AddPriority(int64_t plan_id, const std::string& title);
    void UpdatePriority(int64_t id, const std::string& title);
    void DeletePriority(int64_t id);

    // [SECTION] Objectives serving priorities
    void SetLink(int64_t objective_id, int64_t priority_id, bool linked);
    std::vector<int64_t> PrioritiesOf(int64_t objective_id);
    // Every priority in plan order with the accepted objectives linked to it.
    std::vector<FacetRow> Facets();

    // [SECTION] Documents
    std::vector<InputDocument> ListDocuments();
    int64_t AddDocument(const InputDocument& d); // title required, date yyyy-mm-dd or empty
    void UpdateDocument(const InputDocument& d);
    void DeleteDocument(int64_t id);

private:
    PlanStore& m_store;
};

} // namespace hd
