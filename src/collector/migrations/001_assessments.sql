-- The 360s, their relationship groups, the links (invitations) and the responses.
-- Anonymity is kept by the schema: invitations and responses share no key, no column that names a
-- row of the other, and an invitation keeps no time of use; a response keeps its day, not its time.

CREATE TABLE assessments (
  id uuid PRIMARY KEY,
  leader_name text NOT NULL CHECK (char_length(leader_name) BETWEEN 1 AND 200),
  closes_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'released')),
  framework_id text NOT NULL CHECK (char_length(framework_id) BETWEEN 1 AND 120),
  framework_version text NOT NULL CHECK (char_length(framework_version) BETWEEN 1 AND 40),
  include_supplementary boolean NOT NULL DEFAULT false,
  pool_minimum integer NOT NULL CHECK (pool_minimum >= 2),
  all_raters_minimum integer NOT NULL CHECK (all_raters_minimum >= 3),
  comment_minimum integer NOT NULL CHECK (comment_minimum >= 2),
  previous_id uuid REFERENCES assessments (id),
  cohort_id text CHECK (char_length(cohort_id) <= 120),
  created_on date NOT NULL
);

CREATE TABLE assessment_groups (
  assessment_id uuid NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  group_id text NOT NULL CHECK (group_id ~ '^[a-z0-9]+([-.][a-z0-9]+)*$' AND char_length(group_id) <= 120),
  label text NOT NULL CHECK (char_length(label) BETWEEN 1 AND 120),
  invited integer NOT NULL CHECK (invited BETWEEN 0 AND 500),
  minimum integer NOT NULL CHECK (minimum >= 1),
  position integer NOT NULL CHECK (position >= 0),
  PRIMARY KEY (assessment_id, group_id)
);

-- One row per link. Only SHA-256(token) is kept. `used` is a flag, never a time.
CREATE TABLE invitations (
  token_hash bytea PRIMARY KEY CHECK (octet_length(token_hash) = 32),
  assessment_id uuid NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('facilitator', 'leader', 'rater')),
  group_id text,
  ref text CHECK (char_length(ref) <= 140),
  contact text CHECK (char_length(contact) <= 320),
  used boolean NOT NULL DEFAULT false,
  CHECK ((role = 'rater') = (group_id IS NOT NULL)),
  CHECK (role = 'rater' OR NOT used),
  UNIQUE (assessment_id, ref),
  FOREIGN KEY (assessment_id, group_id) REFERENCES assessment_groups (assessment_id, group_id) ON DELETE CASCADE
);
CREATE INDEX invitations_by_assessment ON invitations (assessment_id, role);

-- One row per response. `id` is made by the collector (random), not taken from the sender.
CREATE TABLE responses (
  id uuid PRIMARY KEY,
  assessment_id uuid NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  respondent text NOT NULL CHECK (respondent IN ('self', 'rater')),
  group_id text,
  answers jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'array'),
  submitted_on date NOT NULL,
  CHECK ((respondent = 'rater') = (group_id IS NOT NULL)),
  FOREIGN KEY (assessment_id, group_id) REFERENCES assessment_groups (assessment_id, group_id) ON DELETE CASCADE
);
CREATE INDEX responses_by_assessment ON responses (assessment_id);
-- The leader sends one self response.
CREATE UNIQUE INDEX responses_one_self ON responses (assessment_id) WHERE respondent = 'self';
