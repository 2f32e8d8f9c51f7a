/**
 * The set-based steps of a monthly close; `?` are knex bindings. Windows arrive as one JSON array of
 * { office_id, late_from, previous_closed_at } (one element per office being closed).
 */

/** Marks the month closed for the offices; the primary key makes a second close of the same office a no-op. */
export const INSERT_CLOSES = `
  insert into coverage.commission_close (month, office_id, closed_by_user_id)
  select ?, office_id, ? from jsonb_to_recordset(?::jsonb) as w(office_id int)
  on conflict (month, office_id) do nothing`;

/**
 * One statement writes every statement of the close and its lines. Payments counted: those paid in the
 * month, plus late ones — paid in the run of closed months just before it (from late_from) and recorded
 * after the month before was closed (created_at is stamped by the application when the payment is
 * prepared, which may be just before a close that its insert then waits for; a day of margin covers that
 * and clock skew, and the line table's anti-join keeps anything already counted out). Both parts are
 * index ranges, on (office_id, paid_on) and on created_at from the earliest previous close (a literal
 * binding, so the planner sees how recent it is), never a scan of the offices' history. New participants:
 * registered in the month. Figures mirror statementFigures (commission-rules.ts): incentive and agent share
 * rounded half up in integer arithmetic, the office getting the rest.
 * Bindings: windows JSON, month start, next month start, late-payment horizon (the earliest previous
 * close less the margin; null when no office has the month before closed), scheme id, month.
 */
export const INSERT_STATEMENTS = `
  with windows as (
    select * from jsonb_to_recordset(?::jsonb) as w(office_id int, late_from date, previous_closed_at timestamptz)
  ),
  bounds as (select ?::date as month_start, ?::date as next_month_start),
  paid as (
    select c.id, c.office_id, c.agent_id, c.total
    from windows w cross join bounds b
    join coverage.contribution c
      on c.office_id = w.office_id and c.paid_on >= b.month_start and c.paid_on < b.next_month_start
    union all
    select c.id, c.office_id, c.agent_id, c.total
    from coverage.contribution c
    join windows w on w.office_id = c.office_id
    cross join bounds b
    where c.created_at >= ?::timestamptz
      and c.created_at >= w.previous_closed_at - interval '1 day'
      and c.paid_on >= w.late_from and c.paid_on < b.month_start
  ),
  pending as (
    select p.* from paid p
    where not exists (select 1 from coverage.commission_statement_contribution l where l.contribution_id = p.id)
  ),
  enrolled as (
    select p.id, p.office_id, p.agent_id
    from windows w cross join bounds b
    join coverage.participant p
      on p.office_id = w.office_id and p.registered_on >= b.month_start and p.registered_on < b.next_month_start
    where not exists (select 1 from coverage.commission_statement_enrolment e where e.participant_id = p.id)
  ),
  per_agent as (
    select office_id, agent_id, sum(contributions_count)::int as contributions_count,
      sum(contributions_total)::bigint as contributions_total, sum(new_participants)::int as new_participants
    from (
      select office_id, agent_id, count(*) as contributions_count, sum(total) as contributions_total,
        0 as new_participants
      from pending group by office_id, agent_id
      union all
      select office_id, agent_id, 0, 0, count(*) from enrolled group by office_id, agent_id
    ) parts
    group by office_id, agent_id
  ),
  figured as (
    select a.*, s.id as scheme_id, s.agent_share_basis_points,
      (a.contributions_total * s.incentive_basis_points + 5000) / 10000 as incentive,
      case when a.new_participants >= s.bonus_threshold then s.bonus_amount else 0 end::bigint as bonus
    from per_agent a join coverage.commission_scheme s on s.id = ?
  ),
  statements as (
    insert into coverage.commission_statement (month, office_id, agent_id, scheme_id, contributions_count,
      contributions_total, new_participants, incentive, bonus, total, agent_share, office_share)
    select ?, office_id, agent_id, scheme_id, contributions_count, contributions_total, new_participants,
      incentive, bonus, incentive + bonus, agent_share, incentive + bonus - agent_share
    from (
      select f.*, ((f.incentive + f.bonus) * f.agent_share_basis_points + 5000) / 10000 as agent_share from figured f
    ) shares
    returning id, office_id, agent_id
  ),
  contribution_lines as (
    insert into coverage.commission_statement_contribution (contribution_id, statement_id)
    select p.id, s.id from pending p join statements s using (office_id, agent_id)
  )
  insert into coverage.commission_statement_enrolment (participant_id, statement_id)
  select e.id, s.id from enrolled e join statements s using (office_id, agent_id)`;

/** Sums of the statements of some offices for a month (the office statement). */
export const OFFICE_SUMS = `
  select count(*)::int as agent_count,
    coalesce(sum(contributions_count), 0)::int as contributions_count,
    coalesce(sum(contributions_total), 0)::bigint as contributions_total,
    coalesce(sum(new_participants), 0)::int as new_participants_count,
    coalesce(sum(incentive), 0)::bigint as incentive,
    coalesce(sum(bonus), 0)::bigint as bonus,
    coalesce(sum(total), 0)::bigint as total,
    coalesce(sum(agent_share), 0)::bigint as agent_share,
    coalesce(sum(office_share), 0)::bigint as office_share,
    (select count(*)::int from coverage.commission_close k
      where k.month = ? and k.office_id in (select value::int from jsonb_array_elements_text(?::jsonb))) as closed_offices
  from coverage.commission_statement
  where month = ? and office_id in (select value::int from jsonb_array_elements_text(?::jsonb))`;
