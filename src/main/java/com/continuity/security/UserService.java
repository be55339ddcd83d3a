package com.continuity.security;

import com.continuity.shared.ConflictException;
import com.continuity.shared.FieldError;
import com.continuity.shared.NotFoundException;
import com.continuity.shared.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Users, roles and team membership: the admin's business. Passwords are stored as bcrypt hashes only. */
@Service
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,64}");
    static final int MIN_PASSWORD_LENGTH = 8;

    private final UserRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    UserService(UserRepository users, TeamRepository teams, PasswordEncoder encoder, AuditLog audit) {
        this.users = users;
        this.teams = teams;
        this.encoder = encoder;
        this.audit = audit;
    }

    @PreAuthorize(Permissions.ADMIN)
    @Transactional(readOnly = true)
    public List<UserAccount> findAll() {
        return users.findAll();
    }

    @PreAuthorize(Permissions.ADMIN)
    @Transactional
    public UserAccount create(UserAccount user, String password) {
        if (!USERNAME.matcher(user.username() == null ? "" : user.username()).matches()) {
            throw invalid("username", "username must be 2-64 letters, digits or . _ @ -");
        }
        if (users.exists(user.username())) {
            throw invalid("username", "user '" + user.username() + "' exists already");
        }
        requireStrong(password);
        requireKnownTeams(user);
        users.insert(user, encoder.encode(password));
        UserAccount created = get(user.username());
        audit.record("create", "user", user.username(), null, created);
        return created;
    }

    /** Changes role, teams and enabled; a non-blank password replaces the old one. */
    @PreAuthorize(Permissions.ADMIN)
    @Transactional
    public UserAccount update(UserAccount user, String newPasswordOrBlank) {
        UserAccount before = get(user.username());
        boolean stillAdmin = user.role() == Role.ADMIN && user.enabled();
        if (before.role() == Role.ADMIN && before.enabled() && !stillAdmin && users.countEnabledAdmins() == 1) {
            throw invalid("role", "'" + user.username() + "' is the last enabled administrator: make another "
                    + "administrator first, or nobody could manage users any more");
        }
        requireKnownTeams(user);
        String hash = null;
        if (newPasswordOrBlank != null && !newPasswordOrBlank.isBlank()) {
            requireStrong(newPasswordOrBlank);
            hash = encoder.encode(newPasswordOrBlank);
        }
        if (!users.update(user, hash)) {
            throw new ConflictException("User", user.username());
        }
        UserAccount after = get(user.username());
        audit.record("update", "user", user.username(), before, after);
        return after;
    }

    @PreAuthorize(Permissions.ADMIN)
    @Transactional(readOnly = true)
    public UserAccount get(String username) {
        return users.find(username).map(UserRepository.StoredUser::account)
                .orElseThrow(() -> new NotFoundException("User", username));
    }

    /** Start-up only: the first administrator, created before anyone can log in. */
    @Transactional
    void createFirstAdmin(String password) {
        users.insert(new UserAccount("admin", Role.ADMIN, true, java.util.Set.of(), 0), encoder.encode(password));
        audit.record("create", "user", "admin", null, Map.of("username", "admin", "role", "ADMIN"));
    }

    /** The bootstrap's question: is there an administrator who can log in, or the first one already? */
    @Transactional(readOnly = true)
    boolean administratorExists() {
        return users.countEnabledAdmins() > 0 || users.exists("admin");
    }

    private void requireKnownTeams(UserAccount user) {
        List<String> unknown = user.teams().stream().filter(t -> teams.find(t).isEmpty()).sorted().toList();
        if (!unknown.isEmpty()) {
            throw invalid("teams", "unknown team(s): " + String.join(", ", unknown));
        }
    }

    private static void requireStrong(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw invalid("password", "password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    private static ValidationException invalid(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }
}
