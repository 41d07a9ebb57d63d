// The list of teaching views: one line per view (see teaching_view.h).
#include "widgets/teaching_view.h"
#include "widgets/views/training_view.h"

namespace supex {

const std::vector<TeachingViewInfo>& teachingViews() {
  static const std::vector<TeachingViewInfo> views{
      {"training", "Training", [](const ViewContext& c) { return new TrainingView(c); }},
  };
  return views;
}

}  // namespace supex
