#include "widgets/views/latest_job.h"

#include <QMetaObject>

namespace supex {

LatestJob::LatestJob(QObject* parent)
    : QObject(parent), m_thread([this](std::stop_token stop) { run(stop); }) {}

LatestJob::~LatestJob() {
  {
    const std::lock_guard lock(m_mutex);
    m_pending.reset();
    m_running.request_stop();
  }
  m_thread.request_stop();
  m_wake.notify_all();
  m_thread.join();
}

void LatestJob::submit(Job job) {
  const std::uint64_t generation = ++m_latest;
  {
    const std::lock_guard lock(m_mutex);
    m_pending = std::move(job);
    m_pendingGeneration = generation;
    m_running.request_stop();
  }
  m_wake.notify_all();
  setBusy(true);
}

void LatestJob::cancel() {
  ++m_latest;
  {
    const std::lock_guard lock(m_mutex);
    m_pending.reset();
    m_running.request_stop();
  }
  setBusy(false);
}

void LatestJob::setBusy(bool busy) {
  if (busy == m_busy) return;
  m_busy = busy;
  emit busyChanged(busy);
}

void LatestJob::run(std::stop_token threadStop) {
  while (!threadStop.stop_requested()) {
    Job job;
    std::uint64_t generation = 0;
    std::stop_token stop;
    {
      std::unique_lock lock(m_mutex);
      if (!m_wake.wait(lock, threadStop, [this] { return m_pending.has_value(); })) return;
      job = std::move(*m_pending);
      m_pending.reset();
      generation = m_pendingGeneration;
      m_running = std::stop_source();
      stop = m_running.get_token();
    }
    std::function<void()> deliver = job(stop);
    if (stop.stop_requested()) continue;
    // Queued to the GUI thread; dropped there if a newer job was submitted
    // meanwhile, and never run if this object is gone (context object).
    QMetaObject::invokeMethod(
        this,
        [this, generation, deliver = std::move(deliver)] {
          if (generation != m_latest) return;
          if (deliver) deliver();
          setBusy(false);
        },
        Qt::QueuedConnection);
  }
}

}  // namespace supex
