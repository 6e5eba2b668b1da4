package com.voiceqa.web.handover;

import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.Role;
import com.voiceqa.web.security.VisibilityScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Handing accounts over: managers and admins list the accounts of disabled owners and reassign accounts (in bulk,
 * all or nothing) to an enabled user within their scope; the owner history is kept.
 */
@Service
public class HandoverService {

    private final HandoverRepository accounts;
    private final Clock clock;

    public HandoverService(HandoverRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    public List<HandoverAccount> pending(CurrentUser user) {
        requireStaff(user);
        return accounts.pending(VisibilityScope.accounts(user));
    }

    /** Reassigns the accounts; returns how many changed owner (those already owned by the new owner stay). */
    @Transactional
    public int reassign(ReassignRequest request, CurrentUser user) {
        requireStaff(user);
        if (!accounts.enabledWithin(request.ownerId(), VisibilityScope.users(user))) {
            throw ApiException.badRequest("新负责人不存在、已停用或不在您的团队 / owner " + request.ownerId()
                    + " is not an enabled user you manage");
        }
        VisibilityScope scope = VisibilityScope.accounts(user);
        String note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        int changed = 0;
        for (long accountId : request.accountIds().stream().distinct().toList()) {
            Optional<Long> owner = accounts.owner(accountId, scope)
                    .orElseThrow(() -> ApiException.notFound("account " + accountId));
            if (owner.isEmpty() || owner.get() != request.ownerId().longValue()) {
                accounts.reassign(accountId, owner.orElse(null), request.ownerId(), user.id(), clock.instant(), note);
                changed++;
            }
        }
        return changed;
    }

    public List<OwnerChange> history(long accountId, CurrentUser user) {
        accounts.owner(accountId, VisibilityScope.accounts(user))
                .orElseThrow(() -> ApiException.notFound("account " + accountId));
        return accounts.history(accountId);
    }

    private static void requireStaff(CurrentUser user) {
        if (user.role() == Role.REP) {
            throw ApiException.forbidden("只有主管和管理员可以交接客户 / only managers and admins hand accounts over");
        }
    }
}
