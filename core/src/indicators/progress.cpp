#include "plan6/indicators/progress.hpp"

#include "plan6/indicators/elementwise.hpp"

namespace plan6 {

void progress(const_vector_view actual, const_vector_view baseline, const_vector_view target,
              const_vector_view direction_code, bool capped, vector_view out, reason_view reasons) {
  apply_elementwise<4>(
      {actual, baseline, target, direction_code}, {"actual", "baseline", "target", "direction"},
      out, reasons,
      [capped](double a, double b, double t, double d) {
        return progress(a, b, t, d, capped).value;
      },
      [capped](double a, double b, double t, double d) {
        return progress(a, b, t, d, capped).reason;
      });
}

}  // namespace plan6
