import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of the benchmark that wrk and pgbench cannot do: loading the data set through the public
 * API, an open-model (constant arrival rate) run, and the event propagation probe. Runs with the JDK
 * alone ({@code java bench/Bench.java <command> ...}), so the benchmark needs no build of its own.
 * Every command prints {@code key=value} lines that bench/run reads.
 */
public class Bench {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4))
            .build();

    /** A header for every request, such as the gateway-signed token that services want when called directly. */
    static final String[] EXTRA_HEADER = extraHeader();

    static String[] extraHeader() {
        String header = System.getenv("BENCH_HEADER");
        if (header == null || !header.contains(":")) {
            return null;
        }
        int colon = header.indexOf(':');
        return new String[] {header.substring(0, colon).trim(), header.substring(colon + 1).trim()};
    }

    static HttpRequest.Builder withExtraHeader(HttpRequest.Builder builder) {
        if (EXTRA_HEADER != null) {
            builder.header(EXTRA_HEADER[0], EXTRA_HEADER[1]);
        }
        return builder;
    }

    static final String[] COUNTRIES = {"KH", "PE", "MY", "PK", "US", "FR", "KE", "NG", "IN", "BD", "BR", "MX", "ET",
            "GH", "ID", "PH", "VN", "TZ", "UG", "SN", "CO", "EG", "MA", "NP", "LK", "ZA", "RW", "JO", "LB", "HT"};
    static final String[] SUBDIVISIONS = {"KH KH-3", "KH KH-12", "PE PE-LIM", "PE PE-CUS", "MY MY-10", "PK PK-PB",
            "KE KE-30", "IN IN-MH", "BR BR-SP", "FR FR-IDF"};
    static final String[] TYPES = {"government", "local-government", "other-public-sector", "international-ngo",
            "national-ngo", "regional-ngo", "partner-country-ngo", "foundation", "private-sector", "academic-research",
            "multilateral"};
    static final String[] LEVELS = {"national", "subnational", "local", "regional", "global"};
    static final String[] THEMES = {"early-childhood", "primary", "secondary", "tertiary", "teacher-development",
            "digital-transformation", "gender-equality", "inclusion-disability", "non-formal-lifelong", "school-health",
            "education-finance", "policy-advocacy", "school-reform", "parental-involvement", "access-out-of-school"};
    static final String[] WORDS = {"Education", "Learning", "Teachers", "Literacy", "Schools", "Children", "Youth",
            "Girls", "Community", "Rural", "Foundation", "Alliance", "Network", "Initiative", "Institute", "Council",
            "Development", "Reading", "Numeracy", "Early", "Inclusive", "Quality", "Future", "Bright", "Open",
            "Village", "Mekong", "Andean", "Sahel", "Coastal", "Highland", "Delta", "Capital", "Provincial",
            "Ministry", "Office", "Partnership", "Action", "Trust", "Society", "Aid", "Hope", "Bridge", "Star",
            "Ñopo", "Sokha", "Amani", "Tumaini", "Ubuntu", "Kasama"};
    static final String[] GIVEN = {"Sokha", "Dara", "Maria", "José", "Aisha", "Fatima", "Li", "Wei", "Amina", "Kwame",
            "Ana", "Lucía", "Ahmed", "Priya", "Ravi", "Nimal", "Grace", "Samuel", "Chenda", "Vanna", "Hugo", "Léa"};
    static final String[] FAMILY = {"Chan", "Sok", "Quispe", "Mamani", "Khan", "Ahmed", "Tan", "Lim", "Otieno",
            "Mensah", "García", "Pérez", "Nguyen", "Silva", "Okafor", "Diallo", "Haddad", "Perera", "Dubois", "Kim"};

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "partners" -> partners(rest);
                case "people" -> people(rest);
                case "projects" -> projects(rest);
                case "meetings" -> meetings(rest);
                case "open" -> open(rest);
                case "propagation" -> propagation(rest);
                case "token" -> token(rest);
                default -> usage();
            }
        } catch (Exception | Error failure) {
            // the HTTP client's threads would keep the JVM alive after main failed
            Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            System.err.println("bench: " + args[0] + " failed: " + cause);
            System.exit(1);
        }
        System.exit(0);
    }

    static void usage() {
        System.err.println("""
                usage: java bench/Bench.java partners URL COUNT CONCURRENCY [API_KEY]
                       java bench/Bench.java people URL COUNT CONCURRENCY PARTNER_IDS_FILE
                       java bench/Bench.java projects URL COUNT PARTNER_IDS_FILE
                       java bench/Bench.java meetings URL COUNT CONCURRENCY PARTNER_IDS_FILE PEOPLE_IDS_FILE
                       java bench/Bench.java open URL_PREFIX IDS_FILE RATE SECONDS [API_KEY]
                       java bench/Bench.java propagation PARTNERS_URL (meetings|projects) REPLICA_URL RATE SECONDS [COMMUNITY_ID]
                       java bench/Bench.java token PRIVATE_KEY_PEM SECONDS
                BENCH_HEADER="Name: value" in the environment is sent with every request (a token for direct calls).""");
        System.exit(2);
    }

    // ----------------------------------------------------------------------------------------------
    // the data set

    /** Creates organisations through POST /v1/partners/batch, 1,000 a request, and reports rows per second. */
    static void partners(String[] args) throws Exception {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        String apiKey = args.length > 3 ? args[3] : null;
        int batch = 1_000;
        String run = Long.toString(System.currentTimeMillis(), 36);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(CompletableFuture.runAsync(() -> {
                int from;
                while ((from = next.getAndAdd(batch)) < count) {
                    int to = Math.min(count, from + batch);
                    StringBuilder body = new StringBuilder("{\"items\":[");
                    for (int i = from; i < to; i++) {
                        if (i > from) {
                            body.append(',');
                        }
                        body.append("{\"upsertBy\":{\"scheme\":\"bench\",\"value\":\"").append(run).append('-').append(i)
                                .append("\"},\"partner\":").append(partnerJson(new Random(i), "")).append('}');
                    }
                    body.append("]}");
                    // No Idempotency-Key: under a key the whole batch runs in one outer transaction, which
                    // a slow batch can outlive (the transaction timeout); upsertBy makes a retry safe anyway.
                    HttpResponse<String> response = send(post(url + "/v1/partners/batch", body.toString(), apiKey, false), 3);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("batch answered " + response.statusCode() + ": " + response.body());
                    }
                    if (number(response.body(), "failed") > 0 && failed.get() == 0) {
                        System.err.println(response.body().replaceAll(".*?(\\{[^{}]*\"problem\":\\{[^}]*\\}).*", "$1"));
                    }
                    created.addAndGet(number(response.body(), "succeeded"));
                    failed.addAndGet(number(response.body(), "failed"));
                }
            }, pool));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "created=%d%nfailed=%d%nseconds=%.1f%nrows_per_second=%.0f%n",
                created.get(), failed.get(), seconds, created.get() / seconds);
    }

    static String partnerJson(Random random, String suffix) {
        String level = LEVELS[random.nextInt(LEVELS.length)];
        String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
        String subdivision = "";
        if (level.equals("subnational")) {
            String[] place = SUBDIVISIONS[random.nextInt(SUBDIVISIONS.length)].split(" ");
            country = place[0];
            subdivision = ",\"subdivision\":\"" + place[1] + "\"";
        }
        String name = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " "
                + WORDS[random.nextInt(WORDS.length)] + " " + (random.nextInt(900_000) + 100_000) + suffix;
        String acronym = name.chars().filter(Character::isUpperCase).limit(4)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String theme1 = THEMES[random.nextInt(THEMES.length)];
        String theme2 = THEMES[random.nextInt(THEMES.length)];
        return "{\"name\":\"" + name + "\",\"acronym\":\"" + acronym + "\",\"type\":\"" + TYPES[random.nextInt(TYPES.length)]
                + "\",\"level\":\"" + level + "\"" + subdivision + ",\"country\":\"" + country + "\",\"countriesOfOperation\":[\"" + country
                + "\"],\"themes\":[\"" + theme1 + "\"" + (theme2.equals(theme1) ? "" : ",\"" + theme2 + "\"")
                + "],\"sdg4Targets\":[\"4." + (random.nextInt(7) + 1) + "\"],\"website\":\"https://org"
                + random.nextInt(1_000_000) + ".example.org\"}";
    }

    /** Registers people one POST at a time (there is no batch), each affiliated with an organisation. */
    static void people(String[] args) throws Exception {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        List<String> partners = Files.readAllLines(Path.of(args[3]));
        String run = Long.toString(System.currentTimeMillis(), 36);
        Timed timed = parallel(count, concurrency, i -> {
            Random random = new Random(i * 31L);
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String family = FAMILY[random.nextInt(FAMILY.length)];
            String body = "{\"name\":\"" + given + " " + family + "\",\"email\":\"p" + i + "." + run + "@example.org\","
                    + "\"country\":\"" + COUNTRIES[random.nextInt(COUNTRIES.length)] + "\",\"languages\":[\"en\"],"
                    + "\"affiliations\":[{\"partnerId\":\"" + partners.get(random.nextInt(partners.size()))
                    + "\",\"title\":\"Programme officer\",\"primary\":true}]}";
            return send(post(url + "/v1/people", body, null), 3);
        });
        timed.print("people");
    }

    /** One community per 100 projects, then the projects, each with two participating organisations. */
    static void projects(String[] args) throws Exception {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        List<String> partners = Files.readAllLines(Path.of(args[2]));
        Random random = new Random(7);
        List<String> communities = new ArrayList<>();
        for (int c = 0; c < Math.max(1, count / 100); c++) {
            String body = "{\"name\":\"Community of practice " + (c + 1) + " " + WORDS[random.nextInt(WORDS.length)]
                    + "\",\"theme\":\"" + THEMES[c % THEMES.length] + "\",\"countries\":[\"KH\",\"PE\"]}";
            HttpResponse<String> response = send(post(url + "/v1/communities", body, null), 3);
            if (response.statusCode() != 201) {
                throw new IllegalStateException("community answered " + response.statusCode() + ": " + response.body());
            }
            communities.add(field(response.body(), "id"));
        }
        Timed timed = parallel(count, 4, i -> {
            Random r = new Random(i * 17L);
            String body = "{\"communityId\":\"" + communities.get(i % communities.size()) + "\",\"title\":\""
                    + WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)] + " project " + i
                    + "\",\"countries\":[\"" + COUNTRIES[r.nextInt(COUNTRIES.length)] + "\"],\"themes\":[\""
                    + THEMES[r.nextInt(THEMES.length)] + "\"],\"participatingPartners\":[{\"partnerId\":\""
                    + partners.get(r.nextInt(partners.size())) + "\",\"role\":\"funding\"},{\"partnerId\":\""
                    + partners.get(r.nextInt(partners.size())) + "\",\"role\":\"implementing\"}]}";
            return send(post(url + "/v1/projects", body, null), 3);
        });
        timed.print("projects");
        System.out.println("community_id=" + communities.get(0));
    }

    /** Meetings hosted by an organisation, each with eight participants added in one batch. */
    static void meetings(String[] args) throws Exception {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        List<String> partners = Files.readAllLines(Path.of(args[3]));
        List<String> people = Files.readAllLines(Path.of(args[4]));
        Timed timed = parallel(count, concurrency, i -> {
            Random r = new Random(i * 13L);
            Instant startsAt = Instant.parse("2024-01-08T08:00:00Z").plus(Duration.ofHours(7L * i));
            String body = "{\"title\":\"" + WORDS[r.nextInt(WORDS.length)] + " working group meeting " + i
                    + "\",\"kind\":\"working-group\",\"hostPartnerIds\":[\"" + partners.get(r.nextInt(partners.size()))
                    + "\"],\"startsAt\":\"" + startsAt + "\",\"endsAt\":\"" + startsAt.plus(Duration.ofHours(3))
                    + "\",\"timeZone\":\"Asia/Phnom_Penh\",\"online\":{\"url\":\"https://meet.example.org/m" + i
                    + "\"},\"languages\":[\"en\",\"km\"]}";
            HttpResponse<String> created = send(post(url + "/v1/meetings", body, null), 3);
            if (created.statusCode() != 201) {
                return created;
            }
            StringBuilder items = new StringBuilder("{\"items\":[");
            int first = r.nextInt(people.size());
            for (int p = 0; p < 8; p++) {
                items.append(p == 0 ? "" : ",").append("{\"personId\":\"")
                        .append(people.get((first + p * 997) % people.size())).append("\"}");
            }
            items.append("]}");
            return send(post(url + "/v1/meetings/" + field(created.body(), "id") + "/participants/batch",
                    items.toString(), null), 3);
        });
        timed.print("meetings");
    }

    // ----------------------------------------------------------------------------------------------
    // open model

    /**
     * GETs URL_PREFIX + id at a constant arrival rate. Latency is measured from the moment a request was
     * due, not from when it was sent, so a stall shows in the percentiles instead of slowing the
     * arrivals down (no coordinated omission). Connections are opened as needed.
     */
    static void open(String[] args) throws Exception {
        String prefix = args[0];
        List<String> ids = Files.readAllLines(Path.of(args[1]));
        double rate = Double.parseDouble(args[2]);
        int seconds = Integer.parseInt(args[3]);
        String apiKey = args.length > 4 ? args[4] : null;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(2)).build();
        int total = (int) (rate * seconds);
        long[] latencies = new long[total];
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long interval = (long) (1e9 / rate);
        // warm the connections and the JIT for a second first, outside the measurement
        runFor(client, prefix, ids, apiKey, Math.min(rate, 500), 1);
        long start = System.nanoTime();
        Random random = new Random(3);
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            HttpRequest.Builder request = withExtraHeader(HttpRequest.newBuilder(URI.create(prefix + ids.get(random.nextInt(ids.size()))))
                    .timeout(Duration.ofSeconds(30)));
            if (apiKey != null) {
                request.header("X-API-Key", apiKey);
            }
            client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                latencies[index] = System.nanoTime() - due;
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                done.incrementAndGet();
            });
        }
        long sent = System.nanoTime();
        while (done.get() < total && System.nanoTime() - sent < 30_000_000_000L) {
            Thread.sleep(10);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] finished = Arrays.copyOf(latencies, done.get());
        System.out.printf(Locale.ROOT, "requests=%d%nerrors=%d%nachieved_rate=%.0f%n", done.get(), errors.get(),
                done.get() / elapsed);
        printPercentiles(finished);
    }

    private static void runFor(HttpClient client, String prefix, List<String> ids, String apiKey, double rate,
            int seconds) throws InterruptedException {
        long interval = (long) (1e9 / rate);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int i = 0;
        while (System.nanoTime() < end) {
            HttpRequest.Builder request = withExtraHeader(HttpRequest.newBuilder(URI.create(prefix + ids.get(i++ % ids.size()))));
            if (apiKey != null) {
                request.header("X-API-Key", apiKey);
            }
            client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
            LockSupport.parkNanos(interval);
        }
        Thread.sleep(500);
    }

    // ----------------------------------------------------------------------------------------------
    // event propagation

    /**
     * Writes organisations to partners-service at RATE per second for SECONDS; every 100 ms one of them
     * is a probe: from its 201 (the commit) it asks the replica's service, back to back, to accept a
     * reference to it (a meeting hosted by it, or a project it takes part in), which answers 422 until
     * the replica holds it. The first success minus the commit is the propagation time, measured to
     * within one round trip of the refused request (reported as probe_rtt).
     */
    static void propagation(String[] args) throws Exception {
        String partners = args[0];
        String replica = args[1];
        String replicaUrl = args[2];
        double rate = Double.parseDouble(args[3]);
        int seconds = Integer.parseInt(args[4]);
        String communityId = args.length > 5 ? args[5] : null;
        AtomicInteger background = new AtomicInteger();
        AtomicInteger backgroundErrors = new AtomicInteger();
        AtomicInteger backgroundShed = new AtomicInteger();
        // a service slower than RATE sheds the excess here instead of queueing it in front of the probes
        Semaphore inFlight = new Semaphore(32);
        Thread writer = new Thread(() -> {
            long interval = (long) (1e9 / rate);
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            Random random = new Random(11);
            for (long i = 0; ; i++) {
                long due = start + i * interval;
                if (due > end) {
                    break;
                }
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (!inFlight.tryAcquire()) {
                    backgroundShed.incrementAndGet();
                    continue;
                }
                HTTP.sendAsync(post(partners + "/v1/partners", partnerJson(random, " w"), null),
                        HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                    inFlight.release();
                    if (failure != null || response.statusCode() != 201) {
                        backgroundErrors.incrementAndGet();
                    } else {
                        background.incrementAndGet();
                    }
                });
            }
        });
        writer.start();
        List<Long> delays = new ArrayList<>();
        List<Long> rtts = new ArrayList<>();
        int timeouts = 0;
        Random random = new Random(5);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            long probeStart = System.nanoTime();
            HttpResponse<String> created = send(post(partners + "/v1/partners", partnerJson(random, " probe"), null), 1);
            long committed = System.nanoTime();
            if (created.statusCode() != 201) {
                throw new IllegalStateException("probe write answered " + created.statusCode() + ": " + created.body());
            }
            String id = field(created.body(), "id");
            String body = replica.equals("meetings")
                    ? "{\"title\":\"Propagation probe\",\"kind\":\"working-group\",\"hostPartnerIds\":[\"" + id
                            + "\"],\"startsAt\":\"2025-01-06T08:00:00Z\",\"endsAt\":\"2025-01-06T09:00:00Z\","
                            + "\"timeZone\":\"UTC\",\"online\":{\"url\":\"https://meet.example.org/probe\"}}"
                    : "{\"communityId\":\"" + communityId + "\",\"title\":\"Propagation probe\","
                            + "\"participatingPartners\":[{\"partnerId\":\"" + id + "\",\"role\":\"implementing\"}]}";
            String path = replica.equals("meetings") ? "/v1/meetings" : "/v1/projects";
            boolean seen = false;
            while (System.nanoTime() - committed < 10_000_000_000L) {
                long sent = System.nanoTime();
                HttpResponse<String> response = send(post(replicaUrl + path, body, null), 1);
                long now = System.nanoTime();
                if (response.statusCode() == 201) {
                    delays.add(now - committed);
                    seen = true;
                    break;
                }
                if (response.statusCode() != 422) {
                    throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
                }
                rtts.add(now - sent);
            }
            if (!seen) {
                timeouts++;
            }
            long pause = 100_000_000L - (System.nanoTime() - probeStart);
            if (pause > 0) {
                LockSupport.parkNanos(pause);
            }
        }
        writer.join();
        long[] values = delays.stream().mapToLong(Long::longValue).toArray();
        System.out.printf(Locale.ROOT, "probes=%d%ntimeouts=%d%nbackground_writes=%d%nbackground_errors=%d%n"
                        + "background_shed=%d%nwrite_rate=%.0f%n", values.length, timeouts, background.get(),
                backgroundErrors.get(), backgroundShed.get(), (background.get() + values.length) / (double) seconds);
        long[] rtt = rtts.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "probe_rtt_p50_ms=%.2f%n", rtt.length == 0 ? 0 : rtt[rtt.length / 2] / 1e6);
        printPercentiles(values);
    }

    // ----------------------------------------------------------------------------------------------
    // a token for direct calls

    /**
     * Signs, with the gateway's dev key (.dev/keys/token-private.pem), the token the gateway forwards
     * (RS256, issuer coalition-gateway, audience coalition-services), for a client "bench" with every
     * scope, valid SECONDS: the direct scenarios then pay the same token check as a forwarded request.
     */
    static void token(String[] args) throws Exception {
        String pem = Files.readString(Path.of(args[0])).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        java.security.PrivateKey key = java.security.KeyFactory.getInstance("RSA")
                .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(java.util.Base64.getDecoder().decode(pem)));
        long now = System.currentTimeMillis() / 1000;
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"coalition-gateway\",\"aud\":\"coalition-services\",\"sub\":\"bench\","
                + "\"client_id\":\"bench\",\"scope\":\"partners:read partners:write people:read people:write "
                + "meetings:read meetings:write projects:read projects:write\",\"iat\":" + now + ",\"exp\":"
                + (now + Long.parseLong(args[1])) + "}";
        java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String signed = base64.encodeToString(header.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.security.Signature signature = java.security.Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signed.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        System.out.println(signed + "." + base64.encodeToString(signature.sign()));
    }

    // ----------------------------------------------------------------------------------------------

    static void printPercentiles(long[] nanos) {
        Arrays.sort(nanos);
        if (nanos.length == 0) {
            System.out.println("p50_ms=NaN\np99_ms=NaN\np999_ms=NaN\nmax_ms=NaN");
            return;
        }
        System.out.printf(Locale.ROOT, "p50_ms=%.2f%np99_ms=%.2f%np999_ms=%.2f%nmax_ms=%.2f%n",
                percentile(nanos, 50) / 1e6, percentile(nanos, 99) / 1e6, percentile(nanos, 99.9) / 1e6,
                nanos[nanos.length - 1] / 1e6);
    }

    static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    interface Call {
        HttpResponse<String> run(int index) throws Exception;
    }

    record Timed(int ok, int failed, double seconds, String firstFailure) {
        void print(String what) {
            System.out.printf(Locale.ROOT, "%s_created=%d%n%s_failed=%d%n%s_seconds=%.1f%n", what, ok, what, failed,
                    what, seconds);
            if (firstFailure != null) {
                System.out.println(what + "_first_failure=" + firstFailure.replace('\n', ' '));
            }
        }
    }

    /** Runs COUNT calls on CONCURRENCY threads; a call is a success when it answers 2xx. */
    static Timed parallel(int count, int concurrency, Call call) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            pool.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    try {
                        HttpResponse<String> response = call.run(i);
                        if (response.statusCode() / 100 == 2) {
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                            failures.add(response.statusCode() + " " + response.body());
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        failures.add(e.toString());
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        return new Timed(ok.get(), failed.get(), (System.nanoTime() - start) / 1e9, failures.peek());
    }

    static HttpRequest post(String url, String json, String apiKey) {
        return post(url, json, apiKey, true);
    }

    static HttpRequest post(String url, String json, String apiKey, boolean idempotencyKey) {
        HttpRequest.Builder builder = withExtraHeader(HttpRequest.newBuilder(URI.create(url))).timeout(Duration.ofSeconds(300))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey) {
            builder.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (apiKey != null) {
            builder.header("X-API-Key", apiKey);
        }
        return builder.build();
    }

    /** Sends, retrying a refused connection; the Idempotency-Key makes a retried POST safe. */
    static HttpResponse<String> send(HttpRequest request, int attempts) {
        for (int attempt = 1; ; attempt++) {
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt >= attempts) {
                    throw new IllegalStateException(request.uri() + ": " + e, e);
                }
                LockSupport.parkNanos(200_000_000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static int number(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return Integer.parseInt(matcher.group(1));
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }
}
