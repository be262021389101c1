// Background jobs of the workspace: work that takes a while (clustering a theme, importing a large
// text transcript) runs on a thread of its own with its own connection to the plan file, so the UI
// keeps drawing. The Workspace owns them (UI state holds no thread); a screen reads progress, sets
// cancel, and takes the finished job to tell the user. Destroying a job's slot cancels and joins it.
#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "core/base/errors.h"
#include "core/cluster/cluster_store.h"
#include "core/transcript/text_import_stream.h"

namespace hd {

class TextAnalyzer;

// What every job shares with the screen that shows it.
struct JobStatus {
    std::atomic<bool> cancel{false};      // set by the screen; the work stops at its next check
    std::atomic<float> progress{0.0f};    // 0..1
    std::atomic<bool> done{false};
    std::optional<UserError> user_error;  // why it failed; translated on the UI thread (valid once done)
    std::string error;                    // a failure that is not a UserError (English)
};

// Clustering of one theme, then proposed objectives (the board's Cluster and Place new buttons).
struct ClusteringJob : JobStatus {
    int64_t theme_id = 0;
    std::shared_ptr<const TextAnalyzer> analyzer; // the workspace's one analyzer, shared while running
    ReclusterReport report;                       // valid once done
};

// A text transcript streamed into a hearing in batches; cancel keeps the lines stored so far.
struct TextImportJob : JobStatus {
    int64_t hearing_id = 0;
    std::atomic<int64_t> notes_done{0};
    TextFileImportResult result; // valid once done
};

// One job of a kind at a time: its status and the thread that fills it.
template <class Job>
class JobSlot {
public:
    JobSlot() = default;
    JobSlot(const JobSlot&) = delete;
    JobSlot& operator=(const JobSlot&) = delete;
    ~JobSlot() { Stop(); }

    Job* Running() { return m_job.get(); } // running, or done and not taken yet; null when none
    // Starts `work` on its own thread; exceptions become the job's user_error or error.
    void Start(std::unique_ptr<Job> job, std::function<void(Job&)> work) {
        Stop();
        m_job = std::move(job);
        Job* j = m_job.get(); // the job outlives its thread: Stop and TakeDone join first
        m_thread = std::thread([j, work = std::move(work)] {
            try {
                work(*j);
            } catch (const UserError& e) {
                j->user_error = e; // not translated here: the language belongs to the UI thread
            } catch (const std::exception& e) {
                j->error = e.what();
            }
            j->done = true;
        });
    }
    // The finished job (its thread joined), or null while it runs or when there is none.
    std::unique_ptr<Job> TakeDone() {
        if (!m_job || !m_job->done) return nullptr;
        if (m_thread.joinable()) m_thread.join();
        return std::move(m_job);
    }
    // Cancels and joins a running job and drops it.
    void Stop() {
        if (m_job) m_job->cancel = true;
        if (m_thread.joinable()) m_thread.join();
        m_job.reset();
    }

private:
    std::unique_ptr<Job> m_job;
    std::thread m_thread;
};

struct TextImportRequest {
    std::string plan_path, file_path, by;
    int64_t hearing_id = 0;
    char reporter = 'B';
    size_t batch_lines = 5000;
};

// Each opens its own connection to the plan file (the UI's connection checked its integrity on open).
void StartClustering(JobSlot<ClusteringJob>& slot, const std::string& plan_path,
                     std::shared_ptr<const TextAnalyzer> analyzer, int64_t theme_id, const ReclusterOptions& options);
void StartTextImport(JobSlot<TextImportJob>& slot, const TextImportRequest& request);

} // namespace hd
