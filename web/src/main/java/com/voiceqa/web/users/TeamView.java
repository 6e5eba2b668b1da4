package com.voiceqa.web.users;

import com.voiceqa.web.api.Ref;

public record TeamView(long id, String name, Ref manager, int memberCount) {
}
