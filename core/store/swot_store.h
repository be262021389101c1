// SWOT per domain (issue 13, point 3): strengths, weaknesses, opportunities and threats the core
// group writes from the safety diagnosis, each item optionally citing where it comes from: a
// contribution (a merged minutes entry), an indicator, a related plan's priority or a document.
// The citation keeps a readable label chosen when it was picked (core/lifecycle/swot_citations.h
// lists what can be cited), so exports and the adopted version read the same later on.
// Tables: swot_item (migration 9), cite_label (migration 16).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hd {
class PlanStore;

enum class SwotQuadrant { Strength, Weakness, Opportunity, Threat };
inline constexpr SwotQuadrant kAllSwotQuadrants[] = {SwotQuadrant::Strength, SwotQuadrant::Weakness,
                                                     SwotQuadrant::Opportunity, SwotQuadrant::Threat};
std::string_view ToKey(SwotQuadrant q); // strength, weakness, opportunity, threat
std::optional<SwotQuadrant> SwotQuadrantFromKey(std::string_view key);

enum class SwotCiteKind { None, Contribution, Indicator, Priority, Document };
inline constexpr SwotCiteKind kAllSwotCiteKinds[] = {SwotCiteKind::Contribution, SwotCiteKind::Indicator,
                                                     SwotCiteKind::Priority, SwotCiteKind::Document};
std::string_view ToKey(SwotCiteKind k); // "", contribution, indicator, priority, document
std::optional<SwotCiteKind> SwotCiteKindFromKey(std::string_view key);

struct SwotCitation {
    SwotCiteKind kind = SwotCiteKind::None;
    int64_t ref = 0;   // merged_entry, indicator, related_priority or input_document id
    std::string label; // readable, without the kind (that is translated where shown)
    bool operator==(const SwotCitation& o) const { return kind == o.kind && ref == o.ref && label == o.label; }
};

struct SwotItem {
    int64_t id = 0;
    int64_t theme_id = 0;
    SwotQuadrant quadrant = SwotQuadrant::Strength;
    int position = 0; // within the domain's quadrant
    std::string text;
    SwotCitation cite;
    bool cite_missing = false; // the cited source is no longer in the plan (the label still says what it was)
};

class SwotStore {
public:
    explicit SwotStore(PlanStore& store);

    // The domain's items, quadrant by quadrant (kAllSwotQuadrants order), each in its order.
    std::vector<SwotItem> List(int64_t theme_id);
    // Every domain's items, domains in plan order.
    std::vector<SwotItem> ListAll();
    std::optional<SwotItem> Get(int64_t id);

    // Checks: the domain exists, text not empty, valid UTF-8, at most 2000 bytes (InputError).
    // Added at the end of its quadrant. Returns the id.
    int64_t Add(int64_t theme_id, SwotQuadrant quadrant, const std::string& text, const SwotCitation& cite = {});
    void SetText(int64_t id, const std::string& text);
    // Kind None clears the citation. A citation needs a reference and a label of at most 1000 bytes.
    void SetCitation(int64_t id, const SwotCitation& cite);
    // One place up (delta < 0) or down (delta > 0) within the quadrant; nothing at either end.
    void Move(int64_t id, int delta);
    // To the end of another quadrant of the same domain.
    void MoveToQuadrant(int64_t id, SwotQuadrant quadrant);
    void Delete(int64_t id);

private:
    PlanStore& m_store;
};

} // namespace hd
