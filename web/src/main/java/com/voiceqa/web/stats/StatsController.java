package com.voiceqa.web.stats;

import com.voiceqa.web.security.CurrentUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/stats")
public class StatsController {

    private final StatsService stats;

    public StatsController(StatsService stats) {
        this.stats = stats;
    }

    @GetMapping("/overview")
    public StatsService.Overview overview(@RequestParam(defaultValue = "30") @Min(1) @Max(366) int days,
                                          @AuthenticationPrincipal CurrentUser user) {
        return stats.overview(days, user);
    }

    @GetMapping("/reps")
    public List<StatsService.RepStats> reps(@RequestParam(defaultValue = "30") @Min(1) @Max(366) int days,
                                            @AuthenticationPrincipal CurrentUser user) {
        return stats.reps(days, user);
    }
}
