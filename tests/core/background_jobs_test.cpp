// The workspace's background jobs: a job slot runs work on its own thread, reports progress, stops
// when cancelled, hands over its result once, and cancels and joins when it goes.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "core/workspace/background_jobs.h"

using namespace hd;

namespace {
struct CountingJob : JobStatus {
    int steps = 0;
};

// Counts until cancelled (or a long while), reporting progress.
void CountUntilCancelled(CountingJob& j) {
    for (int i = 0; i < 200000 && !j.cancel; ++i) {
        ++j.steps;
        j.progress = 0.5f;
        std::this_thread::sleep_for(std::chrono::microseconds(50));
    }
}

template <class Job>
std::unique_ptr<Job> WaitDone(JobSlot<Job>& slot) {
    for (int i = 0; i < 4000; ++i) {
        if (auto done = slot.TakeDone()) return done;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return nullptr;
}
} // namespace

TEST_CASE("a job slot reports progress, stops on cancel and hands over the finished job once", "[workspace][jobs]") {
    JobSlot<CountingJob> slot;
    CHECK(slot.Running() == nullptr);
    slot.Start(std::make_unique<CountingJob>(), CountUntilCancelled);
    REQUIRE(slot.Running());
    for (int i = 0; i < 2000 && slot.Running()->progress.load() == 0.0f; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    CHECK(slot.Running()->progress.load() == 0.5f);
    CHECK(slot.TakeDone() == nullptr); // still running: nothing to take
    REQUIRE(slot.Running());
    slot.Running()->cancel = true;
    std::unique_ptr<CountingJob> done = WaitDone(slot);
    REQUIRE(done);
    CHECK(done->done.load());
    CHECK(done->steps > 0);
    CHECK(done->steps < 200000); // stopped early
    CHECK(slot.Running() == nullptr);
    CHECK(slot.TakeDone() == nullptr); // taken once
}

TEST_CASE("a job's failure is kept for the UI thread to translate, not thrown on the worker", "[workspace][jobs]") {
    JobSlot<CountingJob> slot;
    slot.Start(std::make_unique<CountingJob>(), [](CountingJob&) { throw UserError("err.test", "test failure"); });
    std::unique_ptr<CountingJob> done = WaitDone(slot);
    REQUIRE(done);
    REQUIRE(done->user_error);
    CHECK(done->user_error->Key() == "err.test");
    slot.Start(std::make_unique<CountingJob>(), [](CountingJob&) { throw std::runtime_error("disk gone"); });
    done = WaitDone(slot);
    REQUIRE(done);
    CHECK_FALSE(done->user_error);
    CHECK(done->error == "disk gone");
}

TEST_CASE("a slot that goes away cancels and joins its running job", "[workspace][jobs]") {
    auto ended_by_cancel = std::make_shared<std::atomic<bool>>(false);
    auto slot = std::make_unique<JobSlot<CountingJob>>();
    slot->Start(std::make_unique<CountingJob>(), [ended_by_cancel](CountingJob& j) {
        CountUntilCancelled(j);
        *ended_by_cancel = j.cancel.load();
    });
    REQUIRE(slot->Running());
    slot.reset();
    // Set by the worker as its last step: reset returned only after the thread had seen cancel and ended.
    CHECK(ended_by_cancel->load());
}
