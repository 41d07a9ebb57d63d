// The list of teaching views: one line per view (see teaching_view.h).
#include "widgets/teaching_view.h"
#include "widgets/views/sampling_view.h"

namespace supex {

const std::vector<TeachingViewInfo>& teachingViews() {
  static const std::vector<TeachingViewInfo> views{
      {"sampling", QObject::tr("Sampling distribution"), [](const ViewContext& c) { return new SamplingView(c); }},
  };
  return views;
}

}  // namespace supex
