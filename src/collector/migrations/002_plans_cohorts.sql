-- Development plans and cohorts.
-- A plan is the leader's own: one per 360, private until the leader shares it with the facilitator.
CREATE TABLE plans (
  assessment_id uuid PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
  plan jsonb NOT NULL CHECK (jsonb_typeof(plan) = 'object'),
  shared boolean NOT NULL DEFAULT false,
  saved_at timestamptz NOT NULL
);

-- A cohort: the leaders of a programme or organisation, named by their 360s (`assessments.cohort_id`).
CREATE TABLE cohorts (
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  minimum_leaders integer NOT NULL DEFAULT 5 CHECK (minimum_leaders >= 3),
  created_on date NOT NULL
);

-- The cohort lead's link. Only SHA-256(token) is kept.
CREATE TABLE cohort_leads (
  token_hash bytea PRIMARY KEY CHECK (octet_length(token_hash) = 32),
  cohort_id uuid NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE
);

CREATE INDEX assessments_by_cohort ON assessments (cohort_id) WHERE cohort_id IS NOT NULL;
