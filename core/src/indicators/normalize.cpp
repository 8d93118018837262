#include "plan6/indicators/normalize.hpp"

#include "plan6/indicators/elementwise.hpp"

namespace plan6 {

void normalize(const_vector_view value, const_vector_view lower, const_vector_view upper,
               const_vector_view direction_code, bool censor, vector_view out,
               reason_view reasons) {
  apply_elementwise<4>(
      {value, lower, upper, direction_code}, {"values", "lower", "upper", "direction"}, out,
      reasons,
      [censor](double v, double l, double u, double d) {
        return normalize(v, l, u, d, censor).value;
      },
      [censor](double v, double l, double u, double d) {
        return normalize(v, l, u, d, censor).reason;
      });
}

}  // namespace plan6
