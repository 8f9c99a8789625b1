// How the respondents answered an indicator's questions in the period: count and share of each option, positive ones marked.
import { Table, Text } from "@mantine/core";
import type { PainEvidenceResponse } from "../../../contract/pain-points";
import { formatCount, formatShare } from "../../format/numbers";
import { EmptyState } from "../../components/LoadState";
import { ScrollTable } from "../../components/ScrollTable";

export function AnswerDistribution({ distributions }: { distributions: PainEvidenceResponse["distributions"] }) {
  if (distributions.length === 0) return <EmptyState>У показателя нет вопросов анкеты: он считается по объективным данным.</EmptyState>;
  return (
    <>
      {distributions.map((d) => (
        <div key={`${d.view}-${d.key}`} data-testid="answer-distribution" data-question={d.key}>
          <Text size="sm" fw={600}>
            Вопрос {d.number} ({d.view === "seeker" ? "соискатели" : "работодатели"}): {d.text}
          </Text>
          {d.total === 0 ? (
            <EmptyState>Ответов за период нет.</EmptyState>
          ) : (
            <ScrollTable label="Распределение ответов" minWidth={420}>
              <Table fz="sm" striped captionSide="top">
                <caption className="visually-hidden">
                  Распределение ответов на вопрос {d.number}, всего {formatCount(d.total)}
                </caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Ответ</Table.Th>
                    <Table.Th scope="col" className="num">
                      Ответов
                    </Table.Th>
                    <Table.Th scope="col" className="num">
                      Доля
                    </Table.Th>
                    <Table.Th scope="col">Довольные</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.options.map((o) => (
                    <Table.Tr key={o.value}>
                      <Table.Th scope="row" fw={400}>
                        {o.label}
                      </Table.Th>
                      <Table.Td className="num">{formatCount(o.count)}</Table.Td>
                      <Table.Td className="num">{formatShare(o.share)}</Table.Td>
                      <Table.Td>{o.positive ? "да" : ""}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </div>
      ))}
    </>
  );
}
