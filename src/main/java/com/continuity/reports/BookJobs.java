package com.continuity.reports;

import com.continuity.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prints a team's book of runbooks and checklists in the background, one job per user at a time, so that the
 * page shows progress and the rest of the app stays usable. The job runs as the user who started it; the last
 * job of each user is kept until the next, so leaving the page and coming back finds it.
 */
@Component
public class BookJobs {

    /** Two at once at most: each fills on one core, and the machine serves pages too. */
    private final ExecutorService workers = Executors.newFixedThreadPool(2, Thread.ofVirtual().name("book-", 0).factory());
    private final Map<String, Job> last = new ConcurrentHashMap<>();
    private static final Logger log = LoggerFactory.getLogger(BookJobs.class);

    private final Reports reports;
    private final CurrentUser currentUser;
    private final SecurityContextHolderStrategy security;

    BookJobs(Reports reports, CurrentUser currentUser, ObjectProvider<SecurityContextHolderStrategy> security) {
        this.reports = reports;
        this.currentUser = currentUser;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Starts printing {@code team}'s book, unless this user's previous job still runs: then that one. */
    public Job start(String team, Paper paper) {
        String user = currentUser.name();
        return last.compute(user, (u, running) -> {
            if (running != null && !running.finished()) {
                return running;
            }
            Job job = new Job(team, reports.teamBookSize(team));
            // the job runs as the user who started it, through the app's own strategy (see CurrentUser)
            var asUser = new DelegatingSecurityContextRunnable(() -> job.run(reports, paper), security.getContext());
            asUser.setSecurityContextHolderStrategy(security);
            workers.execute(asUser);
            return job;
        });
    }

    /** This user's last job, or null. */
    public Job last() {
        return last.get(currentUser.name());
    }

    /** One book being printed: how far it got, then the PDF or what went wrong. */
    public static final class Job {

        private final String team;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private volatile Pdf pdf;
        private volatile String failure;

        Job(String team, int total) {
            this.team = team;
            this.total = total;
        }

        void run(Reports reports, Paper paper) {
            try {
                pdf = reports.teamBook(team, paper, done::set);
            } catch (Throwable e) {
                // anything, errors included: an unfinished job would keep its user waiting for good
                log.error("Printing the book of team {} failed", team, e);
                failure = e instanceof RuntimeException && e.getMessage() != null ? e.getMessage()
                        : "an internal error; the log has the details";
            }
        }

        public String team() {
            return team;
        }

        public int total() {
            return total;
        }

        public int done() {
            return done.get();
        }

        public boolean finished() {
            return pdf != null || failure != null;
        }

        /** The PDF once printed, else null. */
        public Pdf pdf() {
            return pdf;
        }

        /** Why it failed, or null. */
        public String failure() {
            return failure;
        }
    }
}
