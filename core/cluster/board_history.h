// Undo and redo of the board's actions (merge, split, rename, pin, move, add or delete a column,
// accept). Each action is remembered as a snapshot of what board actions can change in its theme,
// taken just before it; undo puts that snapshot back and keeps the state it replaced for redo. A
// snapshot instead of an inverse per action: a merge deletes a cluster and the proposals made from
// it, a split creates one, and restoring rows is the one inverse that is right for all of them.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/cluster/cluster_store.h"
#include "core/cluster/objective_store.h"

namespace hd {
class PlanStore;

// What the board's actions change in one theme: its clusters (with names, pins, positions and the
// computed summaries), where each contribution sits, and its objectives.
struct BoardSnapshot {
    struct Cluster {
        int64_t id = 0;
        int64_t position = 0;
        std::string label, manual_name, representative_uuid, disciplines;
        bool pinned = false;
        bool operator==(const Cluster& o) const {
            return id == o.id && position == o.position && label == o.label && manual_name == o.manual_name &&
                   representative_uuid == o.representative_uuid && disciplines == o.disciplines && pinned == o.pinned;
        }
    };
    struct Member {
        std::string note_uuid;
        int64_t cluster_id = 0;
        bool manual = false;
        bool operator==(const Member& o) const {
            return note_uuid == o.note_uuid && cluster_id == o.cluster_id && manual == o.manual;
        }
    };
    int64_t theme_id = 0;
    std::vector<Cluster> clusters;     // by id
    std::vector<Member> members;       // by note uuid
    std::vector<Objective> objectives; // as ObjectiveStore lists them

    // Clusters, members and each objective's title, acceptance and cluster (what actions change).
    bool SameBoard(const BoardSnapshot& other) const;
};

BoardSnapshot CaptureBoard(PlanStore& store, int64_t theme_id);
// Puts the theme's board back as it was in `snapshot`, in one transaction. Clusters made since are
// deleted, deleted ones come back with their ids; objectives deleted since come back, proposals made
// since go, accepted objectives made since (written by hand) stay. Refuses (UserError) when an id is
// now used by another theme.
void RestoreBoard(PlanStore& store, const BoardSnapshot& snapshot);

// The undo and redo stacks of one theme's board. `action` is a translation key naming the action
// ("board.undo_merge"), shown to the user when it is undone or redone.
class BoardHistory {
public:
    struct Step {
        std::string action;
        BoardSnapshot before; // on the undo stack: the board before the action; on redo: after it
    };
    // Call with the snapshot taken just before a successful action. Clears the redo stack.
    void Record(std::string action, BoardSnapshot before);
    bool CanUndo() const { return !m_undo.empty(); }
    bool CanRedo() const { return !m_redo.empty(); }
    const std::string& NextUndo() const { return m_undo.back().action; }
    const std::string& NextRedo() const { return m_redo.back().action; }
    // Restore the board before the last action / after the last undone one; return the action's key.
    // On failure (UserError) nothing changes, in the plan or in the stacks.
    std::string Undo(PlanStore& store);
    std::string Redo(PlanStore& store);
    void Clear();

private:
    std::vector<Step> m_undo, m_redo;
    static constexpr size_t kLimit = 100;
};

} // namespace hd
