#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace plan6 {

/** The role of a value in an evaluation: what the number is of the thing measured. */
enum class value_role : std::uint8_t {
  actual,          ///< 実績, 結果: what was achieved
  target,          ///< 目標, 計画, 事業目標: what was planned
  changed_target,  ///< 変更後の目標, …と差異のある事業目標: a target set again during the term
  baseline,        ///< 現状, 基準値, 計画策定時: where it started
  rate,            ///< 達成率: attainment as printed
  value,           ///< a value whose role the document does not say
};

/** The role's name ("changed_target"). */
std::string_view value_role_name(value_role role) noexcept;

/** A row label read: its role and what is left of it once the role words are taken out. */
struct row_label {
  value_role role = value_role::value;
  bool has_role = false;  ///< a role word was found
  std::u32string rest;    ///< the label without role words and brackets ("参加者数")
};

/**
 * Reads the role of a row from its label, on comparison keys: …と差異のある…, 変更後, 修正後,
 * 見直し後 → changed target; 目標, 計画 (not 計画策定時), 予定, 見込 → target; 実績, 結果,
 * 実施状況 → actual; 現状, 基準, 策定時 → baseline; 達成率, 進捗率 → rate.
 */
row_label read_row_label(std::u32string_view label);

}  // namespace plan6
