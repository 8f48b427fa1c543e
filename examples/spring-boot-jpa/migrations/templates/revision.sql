-- ${message}
--
-- Revision ID: ${up_revision}
-- Revises: ${revises}
-- Create Date: ${create_date}

-- retort: revision=${up_revision} down=${down_revision}
-- retort: branch_labels=${branch_labels} depends_on=${depends_on}
-- retort: message=${message}
-- retort: upgrade
${upgrades}

-- retort: downgrade
${downgrades}
