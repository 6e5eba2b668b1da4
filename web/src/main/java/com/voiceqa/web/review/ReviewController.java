package com.voiceqa.web.review;

import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.api.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
public class ReviewController {

    private final ReviewService reviews;
    private final ReviewQueue queue;

    public ReviewController(ReviewService reviews, ReviewQueue queue) {
        this.reviews = reviews;
        this.queue = queue;
    }

    @GetMapping("/reviews")
    public Page<ReviewQueue.QueueItem> queue(@RequestParam(defaultValue = "unreviewed") String state,
                                            @RequestParam(defaultValue = "0") @Min(0) int page,
                                            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                                            @AuthenticationPrincipal CurrentUser user) {
        return queue.queue(state, page, size, user);
    }

    @PutMapping("/calls/{callId}/hits/{hitId}/review")
    public ReviewService.Outcome review(@PathVariable String callId, @PathVariable long hitId,
                                        @Valid @RequestBody Verdict body, @AuthenticationPrincipal CurrentUser user) {
        return reviews.review(callId, hitId, body.verdict(), body.comment(), user);
    }

    @PostMapping("/calls/{callId}/hits/{hitId}/appeal")
    public ReviewService.Outcome appeal(@PathVariable String callId, @PathVariable long hitId,
                                        @Valid @RequestBody Appeal body, @AuthenticationPrincipal CurrentUser user) {
        return reviews.appeal(callId, hitId, body.comment(), user);
    }

    @PostMapping("/calls/{callId}/hits/{hitId}/decision")
    public ReviewService.Outcome decide(@PathVariable String callId, @PathVariable long hitId,
                                        @Valid @RequestBody Decision body, @AuthenticationPrincipal CurrentUser user) {
        return reviews.decide(callId, hitId, body.accept(), body.comment(), user);
    }

    public record Verdict(@NotNull @Pattern(regexp = "correct|wrong", message = "must be correct or wrong") String verdict,
                          @Size(max = 2000) String comment) {
    }

    public record Appeal(@NotBlank @Size(max = 2000) String comment) {
    }

    public record Decision(@NotNull Boolean accept, @Size(max = 2000) String comment) {
    }
}
