import { describe, expect, it } from 'vitest'
import { FakeBackend } from '../backend/fake'
import { translator } from '../i18n'
import type { MessageArgs } from '../i18n'
import { changeValue, describeChange } from './history'
import { infoSections } from './info'
import { changeLines, queueLines } from './queue'

const ru = (id: string, args?: MessageArgs) => translator.format('ru', id, args)

describe('infoSections', () => {
  it('lays out applicant, child and application with every card field', async () => {
    const card = await new FakeBackend(10).applicationCard(3)
    const sections = infoSections(card, ru)
    expect(sections.map((s) => s.titleId)).toEqual([
      'card-section-applicant',
      'card-section-child',
      'card-section-application',
    ])
    const all = sections.flatMap((s) => s.fields)
    const byLabel = (section: number, id: string) =>
      sections[section].fields.find((f) => f.labelId === id)?.value
    expect(all.find((f) => f.testid === 'card-child-number')?.value).toBe(
      card.child.personal_number,
    )
    expect(byLabel(2, 'field-number')).toBe(card.number)
    expect(byLabel(2, 'field-registered-at')).toMatch(/^\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d$/)
    expect(byLabel(2, 'field-channel')).toBe('Портал электронного правительства (ПЭП)')
    expect(byLabel(2, 'field-place')).toBe('Актюбинская область / Актобе / Актобе')
    expect(byLabel(2, 'field-language')).toBe('Казахский')
    expect(byLabel(2, 'field-extra-email')).toBe('—')
    expect(byLabel(1, 'field-benefit-queue-position')).toBeDefined()
    expect(byLabel(0, 'field-relation')).toBe('Мать')
    // nothing is left as a raw message id
    expect(all.filter((f) => /^[a-z]+(-[a-z_]+)+$/.test(f.value))).toEqual([])
  })
})

describe('history changes', () => {
  it('translates field names and coded values', () => {
    expect(describeChange({ field: 'status', before: 'registered', after: 'in_queue' }, ru)).toBe(
      'Статус: Зарегистрировано → В очереди',
    )
    expect(describeChange({ field: 'phone', before: null, after: '7001234567' }, ru)).toBe(
      'Телефон: — → 7001234567',
    )
    expect(changeValue('benefit_verified', 'true', ru)).toBe('Да')
  })
  it('shows unknown fields and codes as they are', () => {
    expect(describeChange({ field: 'colour', before: 'red', after: 'blue' }, ru)).toBe(
      'colour: red → blue',
    )
    expect(changeValue('status', 'teleported', ru)).toBe('teleported')
  })
})

describe('queueLines', () => {
  const x = {
    position: 7,
    benefit_position: 0,
    counted_benefit: 'general',
    unverified_benefit: 'first_turn',
    ahead_by_benefit: 2,
    ahead_by_time: 4,
    ahead_by_number: 0,
    queue_size: 40,
    changes: [
      { at: '2025-03-01T12:00:00', before: 9, after: 7, ahead_left: 2, ahead_joined: 0 },
    ],
  }

  it('says the number, what counts and who is ahead, in Russian', () => {
    const lines = queueLines(x, ru)
    expect(lines[0]).toBe('Номер 7 из 40 в очереди этого населённого пункта и года рождения')
    expect(lines[1]).toBe('Учитывается: В общую очередь')
    expect(lines[2]).toContain('«В первую очередь» не учитывается')
    expect(lines).toContain('Впереди по более высокой льготе: 2')
    expect(lines.some((l) => l.includes('по номеру заявления'))).toBe(false)
  })

  it('lists each change of the number with its reason', () => {
    expect(changeLines(x, ru)).toEqual([
      '01.03.2025 12:00:00: 9 → 7 (перестали быть впереди: 2, встали впереди: 0)',
    ])
  })
})
