-- Advanced stage: production's views over the personality optimizer's tables, with its columns.

-- One row per character: how its optimizations went.
CREATE VIEW personality_optimization_summary AS
SELECT a.character_name,
    count(*) AS total_attempts,
    count(*) FILTER (WHERE r.success) AS successful_attempts,
    round(100.0 * count(*) FILTER (WHERE r.success) / count(*), 2) AS success_rate_percent,
    avg(r.actual_improvement) FILTER (WHERE r.success) AS avg_successful_improvement,
    max(r.actual_improvement) AS best_improvement,
    min(r.actual_improvement) AS worst_result,
    count(*) FILTER (WHERE r.rollback_applied) AS rollback_count,
    max(a.attempt_timestamp) AS last_optimization
FROM personality_optimization_attempts a
LEFT JOIN personality_optimization_results r ON r.optimization_id = a.optimization_id
GROUP BY a.character_name;

-- Every recorded parameter change with the optimization that made it and how that went.
CREATE VIEW personality_parameter_change_history AS
SELECT t.character_name, t.parameter_path, t.old_value, t.new_value, t.change_magnitude, t.change_timestamp, t.change_reason,
    a.optimization_approach, r.success AS optimization_success, r.actual_improvement
FROM personality_evolution_timeline t
LEFT JOIN personality_optimization_attempts a ON a.optimization_id = t.optimization_id
LEFT JOIN personality_optimization_results r ON r.optimization_id = t.optimization_id;

-- The last 30 days of changes, each sized: major from 0.2, moderate from 0.1, minor below (unknown without a magnitude).
CREATE VIEW recent_personality_changes AS
SELECT t.character_name, t.parameter_path, t.old_value, t.new_value, t.change_magnitude, t.change_timestamp,
    CASE
        WHEN t.change_magnitude IS NULL THEN 'unknown'
        WHEN t.change_magnitude >= 0.2 THEN 'major'
        WHEN t.change_magnitude >= 0.1 THEN 'moderate'
        ELSE 'minor'
    END AS change_type,
    r.success AS optimization_success, a.optimization_approach
FROM personality_evolution_timeline t
LEFT JOIN personality_optimization_attempts a ON a.optimization_id = t.optimization_id
LEFT JOIN personality_optimization_results r ON r.optimization_id = t.optimization_id
WHERE t.change_timestamp >= now() - interval '30 days';
