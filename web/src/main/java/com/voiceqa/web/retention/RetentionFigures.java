package com.voiceqa.web.retention;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.voiceqa.web.api.Ref;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The churn figures of one period (docs/api.md, Retention; formulas in docs/retention.md). Keys are snake_case as the
 * retention contract names them.
 *
 * @param customers     accounts that were customers when the period began (the denominator)
 * @param lost          of those, the accounts lost within the period
 * @param churnRate     lost ÷ customers, null when there were no customers
 * @param retentionRate 1 − churn rate, null when there were no customers
 * @param customersValue the annual value of the valued customers (accounts without a value count 0)
 * @param lostValue     the annual value of the lost ones
 * @param valueChurnRate lost value ÷ customers' value: the share of revenue lost; null when no customer has a value
 * @param wonBack       accounts won back within the period
 * @param byReason      losses per reason code
 * @param byRep         the same figures per current owner
 * @param losses        the period's losses, newest first
 */
public record RetentionFigures(LocalDate from, LocalDate to, long customers, long lost,
                               @JsonProperty("churn_rate") Double churnRate,
                               @JsonProperty("retention_rate") Double retentionRate,
                               @JsonProperty("customers_value") double customersValue,
                               @JsonProperty("lost_value") double lostValue,
                               @JsonProperty("value_churn_rate") Double valueChurnRate,
                               @JsonProperty("won_back") long wonBack,
                               @JsonProperty("by_reason") Map<String, Long> byReason,
                               @JsonProperty("by_rep") List<RepFigures> byRep,
                               List<Loss> losses) {

    public record RepFigures(Ref rep, long customers, long lost, @JsonProperty("churn_rate") Double churnRate) {
    }

    public record Loss(Ref account, Ref owner, LocalDate date, String reason) {
    }
}
